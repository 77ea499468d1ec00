/**
 * The lab as saved text, kept with the learner's progress on this device: the app's accounts and
 * groups (and what it received), Okta's side (assignments, links, the pushed group, the
 * integration type, tasks and the lab clock), the faults and the log. Reading checks everything:
 * text that is not a lab this code wrote gives null, and the caller starts a fresh lab.
 */
import * as v from "valibot";
import { INTEGRATION_TYPES, type Lab, type LogEntry } from "./lab";
import { ADMIN_ACTIONS } from "./okta-actions";
import { OKTA_PERSON_KEYS, SEED_ACCOUNT_KEYS, type SeedAccountKey } from "./seed";
import { createStore } from "./store";
import { FAULT_NAMES } from "./types";

/** Bumped when the saved shape changes; other versions are not read. */
const FORMAT = 1;
/** The log keeps its newest entries; older ones are not saved. */
export const SAVED_LOG_ENTRIES = 15;
/** Longer text is not saved (the log's bodies are the bulk); the lab then starts fresh next time. */
export const MAX_SAVED_CHARS = 400_000;

const person = v.picklist(OKTA_PERSON_KEYS);
const text = v.string();
const meta = v.object({ created: text, lastModified: text });
const user = v.looseObject({ id: text, userName: text, active: v.boolean(), meta });
const group = v.looseObject({ id: text, displayName: text, members: v.array(v.looseObject({ value: text })), meta });
const headers = v.record(text, text);
const exchange = v.object({
  request: v.object({ method: text, path: text, headers, body: v.optional(text) }),
  response: v.object({ status: v.number(), statusText: text, headers, body: v.optional(v.unknown()) }),
});
const event = v.object({ eventType: text, outcome: v.picklist(["SUCCESS", "FAILURE"]), target: text, message: text });

const savedLab = v.object({
  format: v.literal(FORMAT),
  accounts: v.array(v.picklist(SEED_ACCOUNT_KEYS)),
  users: v.array(user),
  groups: v.array(group),
  received: v.array(v.object({ method: text, resource: v.picklist(["Users", "Groups"]), id: v.optional(text), status: v.number() })),
  changes: v.array(v.object({ id: text, attribute: v.literal("name.familyName"), method: text })),
  okta: v.object({
    assigned: v.record(person, v.boolean()),
    linked: v.record(person, v.optional(text)),
    lastName: v.record(person, text),
    groupMembers: v.array(person),
    pushedGroupId: v.optional(text),
    integration: v.nullable(v.picklist(INTEGRATION_TYPES)),
    tasks: v.array(
      v.object({
        id: v.number(),
        action: v.picklist(ADMIN_ACTIONS),
        person,
        label: text,
        status: v.picklist(["retrying", "failed"]),
        retries: v.number(),
        wait: v.optional(v.number()),
        nextAt: v.optional(v.number()),
        reason: text,
      }),
    ),
    nextTaskId: v.number(),
    clock: v.number(),
  }),
  faults: v.object(Object.fromEntries(FAULT_NAMES.map((n) => [n, v.boolean()])) as Record<(typeof FAULT_NAMES)[number], v.BooleanSchema<undefined>>),
  log: v.array(v.object({ key: v.number(), source: text, exchanges: v.array(exchange), events: v.array(event), note: v.optional(text), failed: v.optional(exchange) })),
});

/** The lab as text to save, or "" when it would be longer than `MAX_SAVED_CHARS`. */
export function saveLab(lab: Lab, log: readonly LogEntry[]): string {
  // `people` belongs to the CRUD suite's own Okta side, never to the learner's.
  const okta = { ...lab.okta, people: undefined };
  const text = JSON.stringify({
    format: FORMAT,
    accounts: lab.accounts,
    users: [...lab.store.users.values()],
    groups: [...lab.store.groups.values()],
    received: lab.store.received,
    changes: lab.store.changes,
    okta,
    faults: lab.faults,
    log: log.slice(0, SAVED_LOG_ENTRIES),
  });
  return text.length <= MAX_SAVED_CHARS ? text : "";
}

/** The saved lab, or null when the text is empty, not this format, or for other seeded accounts. */
export function restoreLab(saved: string, accounts: readonly SeedAccountKey[]): { lab: Lab; log: LogEntry[] } | null {
  if (!saved) return null;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return null;
  }
  const parsed = v.safeParse(savedLab, value);
  if (!parsed.success) return null;
  const data = parsed.output;
  // A lesson that now seeds other accounts starts fresh rather than mixing two seeds.
  if (data.accounts.join(",") !== accounts.join(",")) return null;
  const store = createStore(accounts);
  store.users = new Map(data.users.map((u) => [u.id, u as never]));
  store.groups = new Map(data.groups.map((g) => [g.id, g as never]));
  store.received = data.received;
  store.changes = data.changes;
  const lab: Lab = { store, okta: data.okta as Lab["okta"], faults: data.faults, accounts };
  return { lab, log: data.log as LogEntry[] };
}

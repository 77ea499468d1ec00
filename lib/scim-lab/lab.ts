/**
 * One lab: the app (store + faults) and the Okta org that provisions into it (who is assigned,
 * which app account each person is linked to, the pushed group, the integration type, Okta's
 * provisioning tasks and the lab clock they are scheduled on). `createLab` is also "Reset lab":
 * it rebuilds everything from the seed.
 */
import { OKTA_PEOPLE, OKTA_PERSON_KEYS, PUSH_GROUP, SEED_ACCOUNT_KEYS, type OktaPerson, type OktaPersonKey, type SeedAccountKey } from "./seed";
import { createStore, type LabStore } from "./store";
import type { AdminAction } from "./okta-actions";
import { HEALTHY, type Exchange, type Faults, type LogEvent } from "./types";

/**
 * How the SCIM integration was built, which decides how Okta sends updates. No admin setting
 * changes it (Okta Developer, "SCIM FAQs", PATCH versus PUT; "Okta and SCIM Version 2.0").
 * - `aiw`: a custom app from the App Integration Wizard. Every User update, activation and
 *   deactivation included, is GET then a full PUT; group membership is a PUT of the whole group;
 *   it can't be reconfigured to PATCH.
 * - `oin-guide`: an OIN integration as the SCIM 2.0 guide describes it: PATCH to activate and
 *   deactivate (and for password sync), PUT for every other profile update; PATCH for groups.
 * - `oin-catalog`: an OIN integration as the SCIM FAQ describes catalog templates: PATCH for
 *   partial updates, profile changes included (the guide documents no PATCH body for a profile
 *   change, so the lab's is illustrative); the ISV can ask Okta to switch it to PUT.
 */
export const INTEGRATION_TYPES = ["aiw", "oin-guide", "oin-catalog"] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];

/** A provisioning task, as the Admin Console's Tasks list holds it after a failed request. */
export interface Task {
  id: number;
  action: AdminAction;
  person: OktaPersonKey;
  label: string;
  /** `retrying`: paused after a 429, Okta retries it by itself at `nextAt`. `failed`: needs Retry. */
  status: "retrying" | "failed";
  /** Automatic retries made so far after a 429 (at most `MAX_RETRIES`). */
  retries: number;
  /** The wait before the next automatic retry, in seconds (doubles each time). */
  wait?: number;
  /** Lab clock second of the next automatic retry. */
  nextAt?: number;
  reason: string;
}

export interface OktaSide {
  assigned: Record<OktaPersonKey, boolean>;
  /** The app user id Okta stored for each person after a create or a match. */
  linked: Partial<Record<OktaPersonKey, string>>;
  lastName: Record<OktaPersonKey, string>;
  /** Members of the Okta group that Group Push mirrors. */
  groupMembers: OktaPersonKey[];
  /** The app's id for the pushed group, once pushed. */
  pushedGroupId?: string;
  /** Picked by the learner before the lab starts; null until then. */
  integration: IntegrationType | null;
  tasks: Task[];
  nextTaskId: number;
  /** The lab clock, in seconds since the lab started; it moves only when the learner fast-forwards. */
  clock: number;
  /** Someone standing in for a seeded person: only Okta's CRUD test, on its own Okta side, uses it. */
  people?: Partial<Record<OktaPersonKey, OktaPerson>>;
}

export interface Lab {
  store: LabStore;
  okta: OktaSide;
  faults: Faults;
  accounts: readonly SeedAccountKey[];
}

export function createOktaSide(integration: IntegrationType | null = null): OktaSide {
  const all = <T>(value: (key: OktaPersonKey) => T) => Object.fromEntries(OKTA_PERSON_KEYS.map((k) => [k, value(k)])) as Record<OktaPersonKey, T>;
  return {
    assigned: all(() => false),
    linked: {},
    lastName: all((k) => OKTA_PEOPLE[k].lastName),
    groupMembers: [...PUSH_GROUP.members],
    integration,
    tasks: [],
    nextTaskId: 1,
    clock: 0,
  };
}

export function createLab(accounts: readonly SeedAccountKey[] = SEED_ACCOUNT_KEYS, options?: Parameters<typeof createStore>[1] & { integration?: IntegrationType }): Lab {
  return {
    store: createStore(accounts, options),
    okta: createOktaSide(options?.integration ?? null),
    faults: { ...HEALTHY },
    accounts,
  };
}

/** What one admin action did: the requests Okta sent with the answers, and what the System Log says. */
export interface ActionResult {
  exchanges: Exchange[];
  events: LogEvent[];
  /** Set when Okta sends nothing (e.g. the person is not assigned), or to say what became of the task. */
  note?: string;
  /** The exchange that failed the action, if one did. */
  failed?: Exchange;
}

/** One line of the lab's history: an admin action, a task's retry, a suite's run or a request the learner sent. */
export interface LogEntry extends ActionResult {
  key: number;
  /** "Okta: Assign (jdoe@example.com)" or "You". */
  source: string;
}

/** Switches a fault in the app on or off. */
export function setFault(lab: Lab, name: keyof Faults, on: boolean): void {
  lab.faults[name] = on;
}

/** The integration type, picked once before the lab starts (Reset lab to pick again). */
export function setIntegration(lab: Lab, integration: IntegrationType): void {
  lab.okta.integration = integration;
}

/**
 * The admin's actions in Okta, each as exactly the requests Okta's SCIM client sends for it, for
 * the integration type the learner picked, followed by the System Log event Okta records.
 * Source for every sequence: Okta Developer, "Okta and SCIM Version 2.0"
 * (docs/reference/scim/scim-20) and "SCIM FAQs" (docs/concepts/scim/faqs), PATCH versus PUT.
 * A failed request becomes a task (see tasks.ts): this file only says what was sent.
 * Event types and what each means: Okta's event type catalogue (okta-event-types.csv in
 * okta-developer-docs), e.g. group_push.removed "A group was removed from an app".
 */
import { plural } from "@/lib/plural";
import type { ActionResult, IntegrationType, Lab } from "./lab";
import { ENTERPRISE_SCHEMA, failure, filterPath, GROUP_SCHEMA, ok, PATCH_SCHEMA, send, USER_SCHEMA } from "./okta-requests";
import { OKTA_PEOPLE, PUSH_GROUP, type OktaPerson, type OktaPersonKey } from "./seed";
import type { Exchange, LogEvent } from "./types";

export const ADMIN_ACTIONS = ["assign", "update", "unassign", "pushGroup", "addToGroup", "removeFromGroup", "unlinkDelete", "unlinkLeave", "import"] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** Actions about one person; the others (group push, import) ignore the person picked. */
export const PERSON_ACTIONS: readonly AdminAction[] = ["assign", "update", "unassign", "addToGroup", "removeFromGroup"];

/** The Okta person behind a key: the seed's, unless this Okta side stands in someone else (Okta's CRUD test). */
export const who = (lab: Lab, key: OktaPersonKey): OktaPerson => lab.okta.people?.[key] ?? OKTA_PEOPLE[key];

const success = (eventType: string, target: string, message: string): LogEvent => ({ eventType, outcome: "SUCCESS", target, message });

/** Okta's stand-in password: sent on create even with Sync Password off, and meaningless. */
function placeholderPassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%";
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => alphabet[b % alphabet.length]).join("");
}

/** The person's app profile as Okta holds it: what a create sends, and what a re-assignment sends again. */
function appProfile(lab: Lab, key: OktaPersonKey) {
  const p = who(lab, key);
  const lastName = lab.okta.lastName[key];
  return {
    userName: p.login,
    name: { givenName: p.firstName, familyName: lastName },
    displayName: `${p.firstName} ${lastName}`,
    emails: [{ value: p.login, type: "work", primary: true }],
  };
}

function createBody(lab: Lab, key: OktaPersonKey) {
  const p = who(lab, key);
  const { userName, name, displayName, emails } = appProfile(lab, key);
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    userName,
    externalId: p.oktaId,
    name,
    displayName,
    emails,
    active: true,
    password: placeholderPassword(),
    [ENTERPRISE_SCHEMA]: { department: p.department },
  };
}

/** The group's members Okta pushes: in the Okta group, assigned to the app, and linked to an account. */
export function pushableMembers(lab: Lab): { value: string; display: string }[] {
  return lab.okta.groupMembers.flatMap((key) => {
    const id = lab.okta.linked[key];
    return lab.okta.assigned[key] && id ? [{ value: id, display: who(lab, key).login }] : [];
  });
}

const integration = (lab: Lab): IntegrationType => lab.okta.integration ?? "aiw";
const result = (exchanges: Exchange[], events: (LogEvent | null)[], failed?: Exchange, note?: string): ActionResult => ({
  exchanges,
  events: events.filter((e): e is LogEvent => e !== null),
  ...(failed ? { failed } : {}),
  ...(note ? { note } : {}),
});

/**
 * Okta's PUT of a user: it reads the user (GET), changes what changed and sends the whole
 * resource back (PUT) — "Update a specific User (PUT)". meta is the app's to set, so it is left out.
 */
async function getThenPut(lab: Lab, exchanges: Exchange[], id: string, apply: (user: Record<string, unknown>) => void): Promise<Exchange> {
  const path = `/scim/v2/Users/${id}`;
  const read = await send(lab, exchanges, "GET", path);
  if (!ok(read)) return read;
  const user = { ...(read.response.body as Record<string, unknown>) };
  delete user.meta;
  apply(user);
  return send(lab, exchanges, "PUT", path, user);
}

/**
 * Activation or deactivation: a pathless PatchOp for OIN integrations (the guide's own body), GET
 * then PUT with `active` set for AIW apps — "Update a specific User (PATCH)" and "Delete Users".
 */
function setActive(lab: Lab, exchanges: Exchange[], id: string, active: boolean, profile?: Record<string, unknown>): Promise<Exchange> {
  if (integration(lab) === "aiw") return getThenPut(lab, exchanges, id, (user) => Object.assign(user, profile ?? {}, { active }));
  return send(lab, exchanges, "PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", value: { active } }] });
}

/**
 * A profile change other than activation: PUT (after a GET) for AIW apps and, per the SCIM 2.0
 * guide, OIN integrations; a PatchOp for OIN catalog templates (SCIM FAQ). Okta documents no body
 * for that PATCH: the lab's replaces the name attributes of the app profile (RFC 7644 §3.5.2.3).
 */
async function pushProfile(lab: Lab, exchanges: Exchange[], id: string, profile: ReturnType<typeof appProfile>): Promise<Exchange> {
  if (integration(lab) !== "oin-catalog") return getThenPut(lab, exchanges, id, (user) => Object.assign(user, profile));
  return send(lab, exchanges, "PATCH", `/scim/v2/Users/${id}`, {
    schemas: [PATCH_SCHEMA],
    Operations: [
      { op: "replace", path: "name.givenName", value: profile.name.givenName },
      { op: "replace", path: "name.familyName", value: profile.name.familyName },
      { op: "replace", path: "displayName", value: profile.displayName },
    ],
  });
}

/**
 * Group membership: a PatchOp on `members` for OIN integrations, a PUT of the whole group (the
 * members Okta pushes now) for AIW apps — "Update specific Group membership". No GET comes first.
 */
function pushMembers(lab: Lab, exchanges: Exchange[], change: { add?: { value: string; display: string }[]; remove?: string }): Promise<Exchange> {
  const path = `/scim/v2/Groups/${lab.okta.pushedGroupId}`;
  if (integration(lab) === "aiw") return send(lab, exchanges, "PUT", path, { schemas: [GROUP_SCHEMA], displayName: PUSH_GROUP.name, members: pushableMembers(lab) });
  const Operations = [
    ...(change.remove ? [{ op: "remove", path: `members[value eq "${change.remove}"]` }] : []),
    ...(change.add?.length ? [{ op: "add", path: "members", value: change.add }] : []),
  ];
  return send(lab, exchanges, "PATCH", path, { schemas: [PATCH_SCHEMA], Operations });
}

const MEMBERSHIPS = "application.provision.group_push.push_memberships";

async function syncGroupFor(lab: Lab, key: OktaPersonKey, exchanges: Exchange[], events: (LogEvent | null)[]): Promise<Exchange | undefined> {
  const id = lab.okta.linked[key];
  if (!lab.okta.pushedGroupId || !id || !lab.okta.groupMembers.includes(key)) return undefined;
  const done = await pushMembers(lab, exchanges, { add: [{ value: id, display: who(lab, key).login }] });
  events.push(ok(done) ? success(MEMBERSHIPS, PUSH_GROUP.name, `Pushed membership of ${who(lab, key).login} to ${PUSH_GROUP.name}.`) : failure(done, MEMBERSHIPS, PUSH_GROUP.name));
  return ok(done) ? undefined : done;
}

/**
 * Assignment: the filter GET, then a create if nothing matched. If the filter finds the account,
 * Okta links to it and sends the user's app profile with active: true, so a re-assigned user's
 * inactive account is reactivated in the same flow ("Okta and SCIM Version 2.0", Create Users;
 * SCIM concepts: "Reassigning a user to an app works similarly"; Okta's CRUD test asserts
 * active true after re-assignment).
 */
async function assign(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = who(lab, key);
  lab.okta.assigned[key] = true;
  const exchanges: Exchange[] = [];
  const events: (LogEvent | null)[] = [];
  const check = await send(lab, exchanges, "GET", filterPath("Users", "userName", p.login));
  if (!ok(check)) return result(exchanges, [failure(check, "application.provision.user.verify_exists", p.login)], check);
  const found = (check.response.body as { Resources?: { id: string; active?: boolean }[] }).Resources?.[0];
  if (found) {
    lab.okta.linked[key] = found.id;
    events.push(success("application.provision.user.verify_exists", p.login, `Found app user ${found.id} with userName ${p.login}; Okta links to it instead of creating a duplicate and sends the app profile with active: true.`));
    const profile = appProfile(lab, key);
    const activated = await setActive(lab, exchanges, found.id, true, profile);
    if (!ok(activated)) return result(exchanges, [...events, failure(activated, "application.provision.user.reactivate", p.login)], activated);
    if (integration(lab) !== "aiw") {
      const pushed = await pushProfile(lab, exchanges, found.id, profile);
      if (!ok(pushed)) return result(exchanges, [...events, failure(pushed, "application.provision.user.push_profile", p.login)], pushed);
    }
    events.push(success(found.active === false ? "application.provision.user.reactivate" : "application.provision.user.push_profile", p.login, found.active === false ? `Reactivated ${p.login} in the app (active: true) with ${activated.request.method}.` : `Pushed the app profile of ${p.login}.`));
  } else {
    const created = await send(lab, exchanges, "POST", "/scim/v2/Users", createBody(lab, key));
    if (!ok(created)) {
      const event = failure(created, "application.provision.user.push", p.login);
      if (event && created.response.status === 409) event.message += " The filter GET found no match, so Okta created, and the app refused a duplicate: Okta stops here and does not link. Fix the lookup (userName compares without case), then retry the task.";
      return result(exchanges, [event], created);
    }
    lab.okta.linked[key] = (created.response.body as { id: string }).id;
    events.push(success("application.provision.user.push", p.login, `Created ${p.login} in the app as ${lab.okta.linked[key]}.`));
  }
  const groupFailed = await syncGroupFor(lab, key, exchanges, events);
  return result(exchanges, events, groupFailed);
}

function linkedOrNote(lab: Lab, key: OktaPersonKey): string | null {
  const p = who(lab, key);
  if (!lab.okta.linked[key]) return `${p.login} has no account in the app yet: assign ${p.firstName} first. Okta sends nothing.`;
  if (!lab.okta.assigned[key]) return `${p.login} is not assigned to the app: Okta provisions only assigned users and sends nothing.`;
  return null;
}

/** A profile change in Okta (the surname), pushed to the app. */
async function update(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = who(lab, key);
  const exchanges: Exchange[] = [];
  const done = await pushProfile(lab, exchanges, lab.okta.linked[key] as string, appProfile(lab, key));
  const event = ok(done) ? success("application.provision.user.push_profile", p.login, `Pushed profile update (familyName ${lab.okta.lastName[key]}) with ${done.request.method}.`) : failure(done, "application.provision.user.push_profile", p.login);
  return result(exchanges, [event], ok(done) ? undefined : done);
}

/** Unassignment deactivates (active: false); Okta never sends DELETE for a user ("Delete Users"). */
async function unassign(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = who(lab, key);
  const exchanges: Exchange[] = [];
  const done = await setActive(lab, exchanges, lab.okta.linked[key] as string, false);
  if (!ok(done)) return result(exchanges, [failure(done, "application.provision.user.deactivate", p.login)], done);
  // Only a deprovision that went through ends the assignment's task.
  lab.okta.assigned[key] = false;
  return result(exchanges, [success("application.provision.user.deactivate", p.login, `Deactivated ${p.login} in the app (active: false). The account stays; Okta does not delete it.`)]);
}

/** Group Push: POST the group with no members (no lookup comes first), then push the members. */
async function pushGroup(lab: Lab): Promise<ActionResult> {
  const exchanges: Exchange[] = [];
  const events: (LogEvent | null)[] = [];
  if (!lab.okta.pushedGroupId) {
    const created = await send(lab, exchanges, "POST", "/scim/v2/Groups", { schemas: [GROUP_SCHEMA], displayName: PUSH_GROUP.name, members: [] });
    if (!ok(created)) return result(exchanges, [failure(created, "application.provision.group_push.pushed", PUSH_GROUP.name)], created);
    lab.okta.pushedGroupId = (created.response.body as { id: string }).id;
    events.push(success("application.provision.group_push.pushed", PUSH_GROUP.name, `Created group ${PUSH_GROUP.name} in the app as ${lab.okta.pushedGroupId}.`));
  }
  const members = pushableMembers(lab);
  if (members.length > 0) {
    const done = await pushMembers(lab, exchanges, { add: members });
    events.push(ok(done) ? success(MEMBERSHIPS, PUSH_GROUP.name, `Pushed ${plural(members.length, "member")}: only group members assigned to the app are pushed.`) : failure(done, MEMBERSHIPS, PUSH_GROUP.name));
    if (!ok(done)) return result(exchanges, events, done);
  }
  return result(exchanges, events);
}

async function addToGroup(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = who(lab, key);
  if (!lab.okta.groupMembers.includes(key)) lab.okta.groupMembers.push(key);
  if (!lab.okta.pushedGroupId) return result([], [], undefined, `Added ${p.login} to the Okta group ${PUSH_GROUP.name}. It is not pushed yet, so Okta sends nothing.`);
  if (!lab.okta.assigned[key] || !lab.okta.linked[key]) {
    return result([], [], undefined, `Added ${p.login} to the Okta group ${PUSH_GROUP.name}. ${p.firstName} is not assigned to the app, so Group Push sends nothing for ${p.firstName}.`);
  }
  const exchanges: Exchange[] = [];
  const events: (LogEvent | null)[] = [];
  const failed = await syncGroupFor(lab, key, exchanges, events);
  return result(exchanges, events, failed);
}

/** Removing a member: PatchOp `remove` with `members[value eq "…"]` (OIN), or the whole group's PUT (AIW). */
async function removeFromGroup(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = who(lab, key);
  const id = lab.okta.linked[key];
  const wasPushed = lab.okta.groupMembers.includes(key) && !!id && lab.okta.assigned[key];
  lab.okta.groupMembers = lab.okta.groupMembers.filter((k) => k !== key);
  if (!lab.okta.pushedGroupId || !wasPushed) return result([], [], undefined, `Removed ${p.login} from the Okta group ${PUSH_GROUP.name}. No pushed membership to remove, so Okta sends nothing.`);
  const exchanges: Exchange[] = [];
  const done = await pushMembers(lab, exchanges, { remove: id });
  const event = ok(done) ? success(MEMBERSHIPS, PUSH_GROUP.name, `Removed ${p.login} from ${PUSH_GROUP.name} in the app.`) : failure(done, MEMBERSHIPS, PUSH_GROUP.name);
  return result(exchanges, [event], ok(done) ? undefined : done);
}

/**
 * Unlinking a pushed group: "Delete the group in the target app" sends DELETE /Groups/{id};
 * "Leave the group in the target app" sends nothing ("Delete a specific Group").
 */
async function unlink(lab: Lab, deleteInApp: boolean): Promise<ActionResult> {
  const groupId = lab.okta.pushedGroupId as string;
  if (!deleteInApp) {
    lab.okta.pushedGroupId = undefined;
    return result([], [], undefined, `Unlinked ${PUSH_GROUP.name} and left the group in the app: Okta sends nothing and stops pushing its memberships.`);
  }
  const exchanges: Exchange[] = [];
  const done = await send(lab, exchanges, "DELETE", `/scim/v2/Groups/${groupId}`);
  if (!ok(done)) return result(exchanges, [failure(done, "application.provision.group_push.removed", PUSH_GROUP.name)], done);
  lab.okta.pushedGroupId = undefined;
  return result(exchanges, [success("application.provision.group_push.removed", PUSH_GROUP.name, `Unlinked ${PUSH_GROUP.name} and deleted it in the app.`)]);
}

/** Import: Okta pages through /Users, then /Groups, 100 at a time, until it has totalResults. */
async function importAll(lab: Lab): Promise<ActionResult> {
  const exchanges: Exchange[] = [];
  const counts: Record<string, number> = {};
  for (const resource of ["Users", "Groups"] as const) {
    let startIndex = 1;
    counts[resource] = 0;
    for (;;) {
      const page = await send(lab, exchanges, "GET", `/scim/v2/${resource}?startIndex=${startIndex}&count=100`);
      if (!ok(page)) return result(exchanges, [failure(page, "system.import.complete", "Import")], page);
      const body = page.response.body as { totalResults: number; itemsPerPage: number };
      counts[resource] += body.itemsPerPage;
      startIndex += 100;
      if (body.itemsPerPage === 0 || startIndex > body.totalResults) break;
    }
  }
  return result(exchanges, [
    success("system.import.start", "Import", "Import of users and groups started."),
    success("system.import.complete", "Import", `Read ${plural(counts.Users ?? 0, "user")} and ${plural(counts.Groups ?? 0, "group")} from the app; Okta matches them to Okta users by the To Okta rules.`),
  ]);
}

/**
 * Why Okta would send nothing for this action now, or null when it sends its requests. Checked
 * before an action runs, never before a task's retry (the task exists because Okta did act).
 */
export function nothingToSend(lab: Lab, action: AdminAction, key: OktaPersonKey): string | null {
  const p = who(lab, key);
  switch (action) {
    case "assign":
      return lab.okta.assigned[key] ? `${p.login} is already assigned: Okta sends nothing.` : null;
    case "update":
    case "unassign":
      return linkedOrNote(lab, key);
    case "addToGroup":
      return lab.okta.groupMembers.includes(key) ? `${p.login} is already in the Okta group ${PUSH_GROUP.name}.` : null;
    case "removeFromGroup":
      return lab.okta.groupMembers.includes(key) ? null : `${p.login} is not in the Okta group ${PUSH_GROUP.name}.`;
    case "pushGroup":
      return lab.okta.pushedGroupId ? `${PUSH_GROUP.name} is already pushed: membership changes are pushed as they happen.` : null;
    case "unlinkDelete":
    case "unlinkLeave":
      return lab.okta.pushedGroupId ? null : `${PUSH_GROUP.name} is not pushed: there is nothing to unlink.`;
    case "import":
      return null;
  }
}

/** Sends one admin action's requests (no checks: see `nothingToSend`). Used by tasks.ts. */
export function perform(lab: Lab, action: AdminAction, person: OktaPersonKey): Promise<ActionResult> {
  switch (action) {
    case "assign":
      return assign(lab, person);
    case "update":
      return update(lab, person);
    case "unassign":
      return unassign(lab, person);
    case "pushGroup":
      return pushGroup(lab);
    case "addToGroup":
      return addToGroup(lab, person);
    case "removeFromGroup":
      return removeFromGroup(lab, person);
    case "unlinkDelete":
      return unlink(lab, true);
    case "unlinkLeave":
      return unlink(lab, false);
    case "import":
      return importAll(lab);
  }
}

/** Changes the person's surname in Okta (the profile edit "Update profile" pushes). */
export function editSurname(lab: Lab, key: OktaPersonKey): void {
  const p = who(lab, key);
  lab.okta.lastName[key] = lab.okta.lastName[key] === p.lastName ? p.otherLastName : p.lastName;
}

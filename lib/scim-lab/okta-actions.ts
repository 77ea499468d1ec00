/**
 * The admin's actions in Okta, each as exactly the requests Okta's SCIM client sends for it
 * (Okta Developer, "Okta and SCIM Version 2.0"), followed by the System Log event Okta records.
 */
import { plural } from "@/lib/plural";
import type { ActionResult, Lab } from "./lab";
import { ENTERPRISE_SCHEMA, failure, filterPath, GROUP_SCHEMA, ok, PATCH_SCHEMA, send, USER_SCHEMA } from "./okta-requests";
import { OKTA_PEOPLE, PUSH_GROUP, type OktaPersonKey } from "./seed";
import type { Exchange, LogEvent } from "./types";

export const ADMIN_ACTIONS = ["assign", "update", "unassign", "reactivate", "pushGroup", "addToGroup", "import"] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

const success = (eventType: string, target: string, message: string): LogEvent => ({ eventType, outcome: "SUCCESS", target, message });

/** Okta's stand-in password: sent on create even with Sync Password off, and meaningless. */
function placeholderPassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%";
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => alphabet[b % alphabet.length]).join("");
}

function createBody(lab: Lab, key: OktaPersonKey) {
  const p = OKTA_PEOPLE[key];
  const lastName = lab.okta.lastName[key];
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    userName: p.login,
    externalId: p.oktaId,
    name: { givenName: p.firstName, familyName: lastName },
    displayName: `${p.firstName} ${lastName}`,
    emails: [{ value: p.login, type: "work", primary: true }],
    active: true,
    password: placeholderPassword(),
    [ENTERPRISE_SCHEMA]: { department: p.department },
  };
}

/** The group's members Okta pushes: in the Okta group, assigned to the app, and linked to an account. */
export function pushableMembers(lab: Lab): { value: string; display: string }[] {
  return lab.okta.groupMembers.flatMap((key) => {
    const id = lab.okta.linked[key];
    return lab.okta.assigned[key] && id ? [{ value: id, display: OKTA_PEOPLE[key].login }] : [];
  });
}

/**
 * A change to one user. With PATCH support Okta sends only the change; without it, it reads the
 * user (GET) and sends the whole resource back with the change applied (PUT).
 */
async function changeUser(lab: Lab, exchanges: Exchange[], id: string, patch: { op: "replace"; path?: string; value: unknown }[], apply: (user: Record<string, unknown>) => void): Promise<Exchange> {
  const path = `/scim/v2/Users/${id}`;
  if (lab.okta.patchSupport) return send(lab, exchanges, "PATCH", path, { schemas: [PATCH_SCHEMA], Operations: patch });
  const read = await send(lab, exchanges, "GET", path);
  if (!ok(read)) return read;
  // Okta sends back what it read, changed; meta is the app's to set, so it is left out.
  const user = { ...(read.response.body as Record<string, unknown>) };
  delete user.meta;
  apply(user);
  return send(lab, exchanges, "PUT", path, user);
}

/** Group membership: a PatchOp adding the members, or GET then PUT of the whole group. */
async function pushMembers(lab: Lab, exchanges: Exchange[], add: { value: string; display: string }[]): Promise<Exchange> {
  const path = `/scim/v2/Groups/${lab.okta.pushedGroupId}`;
  if (lab.okta.patchSupport) {
    return send(lab, exchanges, "PATCH", path, { schemas: [PATCH_SCHEMA], Operations: [{ op: "add", path: "members", value: add }] });
  }
  const read = await send(lab, exchanges, "GET", path);
  if (!ok(read)) return read;
  return send(lab, exchanges, "PUT", path, { schemas: [GROUP_SCHEMA], displayName: PUSH_GROUP.name, members: pushableMembers(lab) });
}

async function syncGroupFor(lab: Lab, key: OktaPersonKey, exchanges: Exchange[], events: LogEvent[]) {
  const id = lab.okta.linked[key];
  if (!lab.okta.pushedGroupId || !id || !lab.okta.groupMembers.includes(key)) return;
  const done = await pushMembers(lab, exchanges, [{ value: id, display: OKTA_PEOPLE[key].login }]);
  events.push(ok(done) ? success("application.provision.group_push.updated", PUSH_GROUP.name, `Pushed membership of ${OKTA_PEOPLE[key].login} to ${PUSH_GROUP.name}.`) : failure(done, "application.provision.group_push.updated", PUSH_GROUP.name));
}

async function assign(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = OKTA_PEOPLE[key];
  // Assigned but never provisioned (the last try failed): assigning again retries, like Okta's Retry.
  if (lab.okta.assigned[key] && lab.okta.linked[key]) return { exchanges: [], events: [], note: `${p.login} is already assigned: Okta sends nothing.` };
  lab.okta.assigned[key] = true;
  const exchanges: Exchange[] = [];
  const events: LogEvent[] = [];
  const check = await send(lab, exchanges, "GET", filterPath("Users", "userName", p.login));
  if (!ok(check)) return { exchanges, events: [failure(check, "application.provision.user.verify_exists", p.login)] };
  const found = (check.response.body as { Resources?: { id: string; active?: boolean }[] }).Resources?.[0];
  if (found) {
    lab.okta.linked[key] = found.id;
    const inactive = found.active === false ? " The account is inactive in the app: Reactivate sends active: true." : "";
    events.push(success("application.provision.user.verify_exists", p.login, `Found app user ${found.id} with userName ${p.login}; Okta links to it instead of creating a duplicate.${inactive}`));
  } else {
    const created = await send(lab, exchanges, "POST", "/scim/v2/Users", createBody(lab, key));
    if (!ok(created)) {
      const event = failure(created, "application.provision.user.push", p.login);
      if (created.response.status === 409) event.message += " The filter GET found no match, so Okta created, and the app refused a duplicate: Okta stops here and does not link. Fix the lookup (userName compares without case), then retry.";
      return { exchanges, events: [event] };
    }
    lab.okta.linked[key] = (created.response.body as { id: string }).id;
    events.push(success("application.provision.user.push", p.login, `Created ${p.login} in the app as ${lab.okta.linked[key]}.`));
  }
  await syncGroupFor(lab, key, exchanges, events);
  return { exchanges, events };
}

function linkedOrNote(lab: Lab, key: OktaPersonKey, needAssigned: boolean): string | null {
  const p = OKTA_PEOPLE[key];
  if (!lab.okta.linked[key]) return `${p.login} has no account in the app yet: assign ${p.firstName} first. Okta sends nothing.`;
  if (needAssigned && !lab.okta.assigned[key]) return `${p.login} is not assigned to the app: Okta provisions only assigned users and sends nothing.`;
  return null;
}

async function update(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const note = linkedOrNote(lab, key, true);
  if (note) return { exchanges: [], events: [], note };
  const p = OKTA_PEOPLE[key];
  const lastName = lab.okta.lastName[key] === p.lastName ? p.otherLastName : p.lastName;
  lab.okta.lastName[key] = lastName;
  const exchanges: Exchange[] = [];
  const displayName = `${p.firstName} ${lastName}`;
  const done = await changeUser(lab, exchanges, lab.okta.linked[key] as string, [
    { op: "replace", path: "name.familyName", value: lastName },
    { op: "replace", path: "displayName", value: displayName },
  ], (user) => {
    user.name = { ...(user.name as object), familyName: lastName };
    user.displayName = displayName;
  });
  const event = ok(done) ? success("application.provision.user.push_profile", p.login, `Pushed profile update (familyName ${lastName}) with ${done.request.method}.`) : failure(done, "application.provision.user.push_profile", p.login);
  return { exchanges, events: [event] };
}

async function setActive(lab: Lab, key: OktaPersonKey, active: boolean): Promise<ActionResult> {
  const p = OKTA_PEOPLE[key];
  const exchanges: Exchange[] = [];
  const done = await changeUser(lab, exchanges, lab.okta.linked[key] as string, [{ op: "replace", value: { active } }], (user) => {
    user.active = active;
  });
  const eventType = active ? "application.provision.user.reactivate" : "application.provision.user.deactivate";
  const message = active ? `Reactivated ${p.login} in the app.` : `Deactivated ${p.login} in the app (active: false). The account stays; Okta does not delete it.`;
  return { exchanges, events: [ok(done) ? success(eventType, p.login, message) : failure(done, eventType, p.login)] };
}

async function unassign(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const note = linkedOrNote(lab, key, true);
  if (note) return { exchanges: [], events: [], note };
  lab.okta.assigned[key] = false;
  return setActive(lab, key, false);
}

async function reactivate(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const note = linkedOrNote(lab, key, true);
  return note ? { exchanges: [], events: [], note } : setActive(lab, key, true);
}

async function pushGroup(lab: Lab): Promise<ActionResult> {
  if (lab.okta.pushedGroupId) return { exchanges: [], events: [], note: `${PUSH_GROUP.name} is already pushed: membership changes are pushed as they happen.` };
  const exchanges: Exchange[] = [];
  const check = await send(lab, exchanges, "GET", filterPath("Groups", "displayName", PUSH_GROUP.name));
  if (!ok(check)) return { exchanges, events: [failure(check, "application.provision.group_push.pushed", PUSH_GROUP.name)] };
  if ((check.response.body as { totalResults: number }).totalResults > 0) {
    return { exchanges, events: [{ eventType: "application.provision.group_push.pushed", outcome: "FAILURE", target: PUSH_GROUP.name, message: `A group named ${PUSH_GROUP.name} already exists in the app. Okta pushes it only where the app supports Group Linking; otherwise rename one of them.` }] };
  }
  const created = await send(lab, exchanges, "POST", "/scim/v2/Groups", { schemas: [GROUP_SCHEMA], displayName: PUSH_GROUP.name, members: [] });
  if (!ok(created)) return { exchanges, events: [failure(created, "application.provision.group_push.pushed", PUSH_GROUP.name)] };
  lab.okta.pushedGroupId = (created.response.body as { id: string }).id;
  const events = [success("application.provision.group_push.pushed", PUSH_GROUP.name, `Created group ${PUSH_GROUP.name} in the app as ${lab.okta.pushedGroupId}.`)];
  const members = pushableMembers(lab);
  if (members.length > 0) {
    const done = await pushMembers(lab, exchanges, members);
    events.push(ok(done) ? success("application.provision.group_push.updated", PUSH_GROUP.name, `Pushed ${plural(members.length, "member")}: only group members assigned to the app are pushed.`) : failure(done, "application.provision.group_push.updated", PUSH_GROUP.name));
  }
  return { exchanges, events };
}

async function addToGroup(lab: Lab, key: OktaPersonKey): Promise<ActionResult> {
  const p = OKTA_PEOPLE[key];
  if (lab.okta.groupMembers.includes(key)) return { exchanges: [], events: [], note: `${p.login} is already in the Okta group ${PUSH_GROUP.name}.` };
  lab.okta.groupMembers.push(key);
  if (!lab.okta.pushedGroupId) return { exchanges: [], events: [], note: `Added ${p.login} to the Okta group ${PUSH_GROUP.name}. It is not pushed yet, so Okta sends nothing.` };
  if (!lab.okta.assigned[key] || !lab.okta.linked[key]) {
    return { exchanges: [], events: [], note: `Added ${p.login} to the Okta group ${PUSH_GROUP.name}. ${p.firstName} is not assigned to the app, so Group Push sends nothing for ${p.firstName}.` };
  }
  const exchanges: Exchange[] = [];
  const events: LogEvent[] = [];
  await syncGroupFor(lab, key, exchanges, events);
  return { exchanges, events };
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
      if (!ok(page)) return { exchanges, events: [failure(page, "system.import.complete", "Import")] };
      const body = page.response.body as { totalResults: number; itemsPerPage: number };
      counts[resource] += body.itemsPerPage;
      startIndex += 100;
      if (body.itemsPerPage === 0 || startIndex > body.totalResults) break;
    }
  }
  return {
    exchanges,
    events: [
      success("system.import.start", "Import", "Import of users and groups started."),
      success("system.import.complete", "Import", `Read ${plural(counts.Users ?? 0, "user")} and ${plural(counts.Groups ?? 0, "group")} from the app; Okta matches them to Okta users by the To Okta rules.`),
    ],
  };
}

/** Runs one admin action. `person` is ignored by Push group and Import. */
export function runAction(lab: Lab, action: AdminAction, person: OktaPersonKey): Promise<ActionResult> {
  switch (action) {
    case "assign":
      return assign(lab, person);
    case "update":
      return update(lab, person);
    case "unassign":
      return unassign(lab, person);
    case "reactivate":
      return reactivate(lab, person);
    case "pushGroup":
      return pushGroup(lab);
    case "addToGroup":
      return addToGroup(lab, person);
    case "import":
      return importAll(lab);
  }
}

/**
 * The lab's challenges, each checked from the state of the app (and of Okta), never from anything
 * the learner typed. Pure: a check reads the lab and answers true or false.
 */
import type { Lab } from "./lab";
import { pushableMembers } from "./okta-actions";
import { OKTA_PEOPLE, SEED_ACCOUNTS, type OktaPersonKey } from "./seed";
import type { StoredUser } from "./seed";

import type { ChallengeId } from "./catalog";

export { CHALLENGE_IDS, type ChallengeId } from "./catalog";

function accounts(lab: Lab, key: OktaPersonKey): StoredUser[] {
  const login = OKTA_PEOPLE[key].login.toLowerCase();
  return [...lab.store.users.values()].filter((u) => u.userName.toLowerCase() === login);
}

/** Her one account, linked in Okta; undefined when there is none or more than one. */
function only(lab: Lab, key: OktaPersonKey): StoredUser | undefined {
  const found = accounts(lab, key);
  return found.length === 1 && lab.okta.linked[key] === found[0]?.id ? found[0] : undefined;
}

const checks: Record<ChallengeId, (lab: Lab) => boolean> = {
  provision: (lab) => {
    const jane = only(lab, "jane");
    return !!jane && jane.externalId === OKTA_PEOPLE.jane.oktaId;
  },
  surname: (lab) => {
    const jane = only(lab, "jane");
    if (!jane) return false;
    const how = new Set(lab.store.changes.filter((c) => c.id === jane.id).map((c) => c.method));
    return how.has("PUT") && how.has("PATCH") && jane.name?.familyName === lab.okta.lastName.jane;
  },
  offboard: (lab) => {
    const jane = only(lab, "jane");
    const deleted = lab.store.received.some((r) => r.method === "DELETE" && r.resource === "Users" && r.id === lab.okta.linked.jane);
    return !!jane && !jane.active && !lab.okta.assigned.jane && !deleted;
  },
  rehire: (lab) => {
    const sam = only(lab, "sam");
    return !!sam && sam.active && sam.id === SEED_ACCOUNTS.sam.id && lab.okta.assigned.sam;
  },
  "group-push": (lab) => {
    const group = lab.okta.pushedGroupId ? lab.store.groups.get(lab.okta.pushedGroupId) : undefined;
    if (!group) return false;
    const want = new Set(pushableMembers(lab).map((m) => m.value));
    const have = new Set(group.members.map((m) => m.value));
    return want.size > 0 && want.size === have.size && [...want].every((id) => have.has(id));
  },
};

export function isDone(lab: Lab, id: ChallengeId): boolean {
  return checks[id](lab);
}

/** The challenges met now, among those the lesson offers. */
export function completedNow(lab: Lab, offered: readonly ChallengeId[]): ChallengeId[] {
  return offered.filter((id) => checks[id](lab));
}

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
    const changed = lab.store.changes.some((c) => c.id === jane.id);
    return changed && jane.name?.familyName === lab.okta.lastName.jane;
  },
  offboard: (lab) => {
    const jane = only(lab, "jane");
    const deleted = lab.store.received.some((r) => r.method === "DELETE" && r.resource === "Users" && r.id === lab.okta.linked.jane);
    return !!jane && !jane.active && !lab.okta.assigned.jane && !deleted;
  },
  // The lesson of the rehire: a case-sensitive lookup misses the old account and the create gets
  // 409; fixed, the same assignment links the account and reactivates it.
  rehire: (lab) => {
    const sam = only(lab, "sam");
    const conflict = lab.store.received.some((r) => r.method === "POST" && r.resource === "Users" && r.status === 409);
    return conflict && !!sam && sam.active && sam.id === SEED_ACCOUNTS.sam.id && lab.okta.assigned.sam;
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

/**
 * The lab's challenges by id, with what each asks. Plain data with no dependency, so the content
 * schema (build time) and the widget's server part can use it without loading the service provider.
 */
export const CHALLENGE_IDS = ["provision", "surname", "offboard", "rehire", "group-push"] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

export interface ChallengeText {
  title: string;
  /** How to get there in the lab. */
  hint: string;
}

export const CHALLENGES: Record<ChallengeId, ChallengeText> = {
  provision: {
    title: "Provision the new hire",
    hint: "Assign Jane Doe: Okta checks with a filter GET, then creates her with POST.",
  },
  surname: {
    title: "Change her surname and see how it travels",
    hint: "Update profile after assigning Jane. An App Integration Wizard app reads her (GET) and sends her back whole (PUT); an OIN integration sends PUT or PATCH as the docs say for its type. The app ends with Okta's surname.",
  },
  offboard: {
    title: "Offboard her: deactivated, still there, not deleted",
    hint: "Unassign Jane. Okta sends active: false; her account and its history stay in the app.",
  },
  rehire: {
    title: "Rehire Sam without a duplicate account",
    hint: "Sam's old account is Sam.Rivera@example.com, inactive. Switch on the case-sensitive lookup and assign Sam: the filter misses the account and the create gets 409. Fix the lookup and retry the task: the filter finds his account, and the same assignment reactivates it.",
  },
  "group-push": {
    title: "Push a group holding exactly the assigned members",
    hint: "Push Sales. Only members assigned to the app are pushed: Alex is in the group but never assigned.",
  },
};

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
    title: "Change her surname by PUT and by PATCH",
    hint: "Update profile with \"Support PATCH for User\" off (GET then PUT), then on (one PATCH). The app ends with Okta's surname.",
  },
  offboard: {
    title: "Offboard her: deactivated, still there, not deleted",
    hint: "Unassign Jane. Okta sends active: false; her account and its history stay in the app.",
  },
  rehire: {
    title: "Rehire Sam without a duplicate account",
    hint: "Sam's old account is Sam.Rivera@example.com, inactive. Assign Sam so the filter finds it, then Reactivate. Try it with the case-sensitive lookup switched on first.",
  },
  "group-push": {
    title: "Push a group holding exactly the assigned members",
    hint: "Push Sales. Only members assigned to the app are pushed: Alex is in the group but never assigned.",
  },
};

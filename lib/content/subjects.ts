/**
 * Subjects some components belong to: their words and pictures are about that subject only. A
 * lesson declares its subjects in the frontmatter (`subjects: [scim]`); the build refuses a
 * subject's component in a lesson that does not declare it, so no lesson shows another's words.
 */
export const SUBJECTS = ["scim"] as const;

export type Subject = (typeof SUBJECTS)[number];

/** What each subject is, for messages and the guide. */
export const SUBJECT_NAMES: Record<Subject, string> = {
  scim: "Okta provisioning and SCIM 2.0",
};

/**
 * How a question's options are named: by letter, in the order the author wrote them (a = first).
 * The one place that knows the alphabet and how many options a question may have; the progress
 * schema, the suspend_data codec and the build's checks all read these.
 */
export const OPTION_LETTERS = "abcdef";

/** The most options any question may have (one letter each). */
export const MAX_OPTIONS = OPTION_LETTERS.length;

/** The letters of a question with `count` options: a, b, c… */
export function lettersFor(count: number): string[] {
  return OPTION_LETTERS.slice(0, Math.min(count, MAX_OPTIONS)).split("");
}

/**
 * A saved response is a run of option letters: one letter (choose one), a set written in letter
 * order (choose all that apply), or every letter in the learner's order (put in order).
 */
export const RESPONSE_PATTERN = new RegExp(`^[${OPTION_LETTERS[0]}-${OPTION_LETTERS.at(-1)}]{1,${MAX_OPTIONS}}$`);

/** "a, c and d" — letters as the feedback says them. */
export function sayLetters(letters: readonly string[]): string {
  if (letters.length <= 1) return letters.join("");
  return `${letters.slice(0, -1).join(", ")} and ${letters.at(-1)}`;
}

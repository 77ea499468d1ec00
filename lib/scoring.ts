/**
 * Grading for a lesson's assessment, as pure functions (like Perseus' `scoreRadio`): the widgets
 * only render and dispatch. All questions count — inline quick checks and the wrap-up alike.
 */

/** The share of questions a learner must get right to complete a lesson. */
export const PASS_RATIO = 0.7;

/** One question of the answer key. */
export interface KeyEntry {
  id: string;
  correct: string;
}

export interface AttemptScore {
  score: number;
  total: number;
  passed: boolean;
  /** Ids of the questions answered wrongly or not at all, in key order. */
  missed: string[];
}

/** Right answers needed to pass: 70% rounded up (7 of 10). */
export function passMark(total: number): number {
  // Rounded to 9 places first so that 0.7 × 10 (= 7.000000000000001 in floating point) stays 7.
  return Math.ceil(Number((PASS_RATIO * total).toFixed(9)));
}

/** Scores the chosen letters (`answers[id]`) against the key; a missing answer counts as wrong. */
export function scoreAttempt(answers: Readonly<Record<string, string | undefined>>, key: readonly KeyEntry[]): AttemptScore {
  const missed = key.filter((q) => answers[q.id] !== q.correct).map((q) => q.id);
  const total = key.length;
  const score = total - missed.length;
  return { score, total, passed: total > 0 && score >= passMark(total), missed };
}

/** Ids of questions in the key that have no answer yet, in key order. */
export function unanswered(answers: Readonly<Record<string, unknown>>, key: readonly { id: string }[]): string[] {
  return key.filter((q) => answers[q.id] === undefined).map((q) => q.id);
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A count as a word, as the lesson's prose writes it ("Six left."); digits above twelve. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

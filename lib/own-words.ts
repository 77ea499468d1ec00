/**
 * Checks a learner's one-line summary against the lesson's key points. A point is covered when the
 * line contains at least one word (or phrase) of every group, case-insensitive, as whole words —
 * so "hr" counts in "the HR system" but not in "three".
 */

/** A key point as the frontmatter declares it. */
export interface KeyPoint {
  label: string;
  all: string[][];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `line` contains `phrase` as whole words (letters and digits on neither side). */
export function containsWord(line: string, phrase: string): boolean {
  const pattern = escape(phrase.trim()).replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "iu").test(line);
}

/** Whether the line covers the point: a word from every group. */
export function coversPoint(line: string, point: KeyPoint): boolean {
  return point.all.every((group) => group.some((word) => containsWord(line, word)));
}

/** Each key point with whether the line covers it, in order. */
export function checkKeyPoints(line: string, points: readonly KeyPoint[]): { label: string; covered: boolean }[] {
  return points.map((point) => ({ label: point.label, covered: coversPoint(line, point) }));
}

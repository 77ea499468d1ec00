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

/**
 * One compiled pattern per phrase. Unicode property classes (`\p{L}`) are costly to compile, and
 * the form checks every phrase on each keystroke and during hydration, so each is compiled once.
 */
const patterns = new Map<string, RegExp>();

function wordPattern(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const body = escape(phrase.trim()).replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
    patterns.set(phrase, pattern);
  }
  return pattern;
}

/** True when `line` contains `phrase` as whole words (letters and digits on neither side). */
export function containsWord(line: string, phrase: string): boolean {
  // A blank line covers nothing; skipping it keeps the first render free of regex work.
  return line.trim() !== "" && wordPattern(phrase).test(line);
}

/** Whether the line covers the point: a word from every group. */
export function coversPoint(line: string, point: KeyPoint): boolean {
  return point.all.every((group) => group.some((word) => containsWord(line, word)));
}

/** Each key point with whether the line covers it, in order. */
export function checkKeyPoints(line: string, points: readonly KeyPoint[]): { label: string; covered: boolean }[] {
  return points.map((point) => ({ label: point.label, covered: coversPoint(line, point) }));
}

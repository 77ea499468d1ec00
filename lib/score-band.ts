/**
 * What a score means for the learner's next step, so the result's words fit it: a pass; "almost"
 * only when one more right answer or so would have passed; a low score sends the learner back to
 * the start of the lesson instead of to a few sections.
 */
import { passMark } from "./scoring";

export type ScoreBand = "pass" | "almost" | "not-yet" | "start-over";

/** How many right answers short of the mark still count as "almost": a tenth of the questions, at least one. */
export function almostMargin(total: number): number {
  return Math.max(1, Math.round(total / 10));
}

export function scoreBand(score: number, total: number, percent: number): ScoreBand {
  const mark = passMark(total, percent);
  if (total > 0 && score >= mark) return "pass";
  if (score >= mark - almostMargin(total)) return "almost";
  // Under half of what passing takes: re-reading a few sections will not be enough.
  if (score * 2 < mark) return "start-over";
  return "not-yet";
}

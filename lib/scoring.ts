/**
 * Grading for a lesson's assessment, as pure functions (like Perseus' `scoreRadio`): the widgets
 * only render and dispatch. All questions count — inline quick checks and the wrap-up alike.
 */
import type { AnswerKey } from "@/lib/question";
import { questionKind } from "@/lib/quiz/kinds";

/** The pass mark of a lesson whose frontmatter sets none, in percent of its questions. */
export const DEFAULT_PASS_PERCENT = 70;

export interface AttemptScore {
  score: number;
  total: number;
  passed: boolean;
  /** Ids of the questions answered wrongly or not at all, in key order. */
  missed: string[];
}

/** Right answers needed to pass: `percent` of `total`, rounded up (70% of 10 is 7; of 9, 7). */
export function passMark(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100);
}

/** Whether one response earns its question's point, graded by the question's kind. */
export function isRight(response: string | undefined, question: AnswerKey): boolean {
  return response !== undefined && questionKind(question.kind).score(response, question.correct);
}

/** Scores the responses (`answers[id]`) against the key; a missing answer counts as wrong. */
export function scoreAttempt(answers: Readonly<Record<string, string | undefined>>, key: readonly AnswerKey[], percent: number): AttemptScore {
  const missed = key.filter((q) => !isRight(answers[q.id], q)).map((q) => q.id);
  const total = key.length;
  const score = total - missed.length;
  return { score, total, passed: total > 0 && score >= passMark(total, percent), missed };
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

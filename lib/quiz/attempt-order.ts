/**
 * The order a question's options are shown in, per attempt. A first attempt shows choices as the
 * author wrote them; every retake shows them in a new order, never the one shown the attempt
 * before, so that a retake cannot be passed by repeating the previous screen's letters. A
 * put-in-order question always starts shuffled, never in its right order.
 */
import type { Attempt } from "@/lib/progress/schema";
import type { Question } from "@/lib/question";
import { shuffledAvoiding } from "./shuffle";

/**
 * Which attempt the learner is looking at: the one being answered, or, while a result shows, the
 * one just submitted. It is the date of the attempt before it ("" for the first), which stays the
 * same across reloads and differs for every retake.
 */
export function attemptSeed(attempts: readonly Pick<Attempt, "date">[], submitted: boolean): string {
  const before = submitted ? attempts.length - 2 : attempts.length - 1;
  return attempts[before]?.date ?? "";
}

/** The seed of the attempt shown before the one `attemptSeed` names ("" when none). */
export function previousAttemptSeed(attempts: readonly Pick<Attempt, "date">[], submitted: boolean): string | null {
  const before = submitted ? attempts.length - 3 : attempts.length - 2;
  if (before < -1) return null;
  return attempts[before]?.date ?? "";
}

export function shownOrder(question: Pick<Question, "id" | "kind" | "letters" | "correct">, seed: string, previousSeed: string | null = null): string[] {
  const { id, kind, letters } = question;
  if (kind === "order") {
    return shuffledAvoiding(letters, `${id}:${seed}`, [...question.correct]);
  }
  if (seed === "") return letters;
  const before = previousSeed === null ? letters : shownOrder(question, previousSeed);
  return shuffledAvoiding(letters, `${id}:${seed}`, before);
}

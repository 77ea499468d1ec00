/**
 * What a question shows on each attempt. A first attempt shows choices as the author wrote them;
 * every retake shows them in a new order, never the one shown the attempt before, so that a retake
 * cannot be passed by repeating the previous screen's letters. A put-in-order question always
 * starts shuffled, never in its right order. `retake` counts the learner's "Try again"s (0 for the
 * first attempt), so the same attempt shows the same order on every reload.
 */
import type { Question } from "@/lib/question";
import { questionKind } from "./kinds";
import { shuffledAvoiding } from "./shuffle";

export function shownOrder(question: Pick<Question, "id" | "kind" | "letters" | "correct">, retake: number): string[] {
  const { id, kind, letters } = question;
  if (questionKind(kind).startsShuffled) return shuffledAvoiding(letters, `${id}:${retake}`, [...question.correct]);
  if (retake <= 0) return letters;
  return shuffledAvoiding(letters, `${id}:${retake}`, shownOrder(question, retake - 1));
}

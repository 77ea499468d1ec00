/**
 * Question variants: a wrap-up question may have equivalent variants (`<QuickCheck variantOf>`),
 * each a question of its own (its own id, hash, saved answer and LMS interaction) that tests the
 * same thing. Together they fill one place in the assessment and count once; each attempt shows
 * one of them, and a retake shows the next, so no retake repeats the variant seen the attempt
 * before.
 */
import type { Question } from "@/lib/question";

type Variant = Pick<Question, "id" | "variantOf">;

/** The questions grouped by the place they fill: each group starts with the question the others vary. */
export function variantGroups<Q extends Variant>(questions: readonly Q[]): Q[][] {
  const groups = new Map<string, Q[]>();
  for (const q of questions) {
    const place = q.variantOf ?? q.id;
    groups.set(place, [...(groups.get(place) ?? []), q]);
  }
  return [...groups.values()].filter((group) => group[0]?.variantOf === null);
}

/** One question per place: the ones written first, which the others are variants of. What counts. */
export function places<Q extends Variant>(questions: readonly Q[]): Q[] {
  return questions.filter((q) => q.variantOf === null);
}

/** The variant a group shows on attempt `retake` (0 for the first attempt). */
export function shownVariant<Q>(group: readonly Q[], retake: number): Q {
  return group[retake % group.length]!;
}

/** The questions an attempt shows and scores: one per place, in the lesson's order. */
export function shownQuestions<Q extends Variant>(questions: readonly Q[], retake: number): Q[] {
  return variantGroups(questions).map((group) => shownVariant(group, retake));
}

/** The id of the place a question fills: its own, or the one it is a variant of. */
export function placeOf(question: Variant): string {
  return question.variantOf ?? question.id;
}

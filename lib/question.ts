import type { QuestionKindId } from "@/lib/quiz/kinds";

export type { QuestionKindId } from "@/lib/quiz/kinds";

/** Where a question sits: inline in a section (it has a Check button) or in the wrap-up. */
export const PLACEMENTS = ["inline", "wrap-up"] as const;
export type Placement = (typeof PLACEMENTS)[number];

/**
 * A question of a lesson's assessment, as the build finds it in the MDX body. It is the one
 * question shape: every other part that handles questions takes a Pick of it.
 */
export interface Question {
  id: string;
  /** 1-based position among all questions of the lesson. */
  number: number;
  /** What the learner does: choose one, choose all that apply, put in order (see lib/quiz/kinds). */
  kind: QuestionKindId;
  /** The key, in the kind's response form: "b", "acd", or every letter in the right order. */
  correct: string;
  bloom: string;
  /** The option letters, in the order the author wrote them: a, b, c… */
  letters: string[];
  /** Each option's plain text (whitespace collapsed), in the same order. */
  options: string[];
  /** A short hash of the question's content; saved answers to an edited question are dropped. */
  hash: string;
  /** The question's own text besides its options and explanation, whitespace collapsed. */
  prompt: string;
  /** The section it tests: its `section` attribute or the section it sits in; null when neither. */
  sectionId: string | null;
  placement: Placement;
  /** The question this one is an equivalent variant of (a retake shows it instead); null for most. */
  variantOf: string | null;
  line: number;
}

/** What scoring needs: the id, the kind and its key. */
export type AnswerKey = Pick<Question, "id" | "kind" | "correct">;

/** What the progress store needs to keep and score answers (a changed hash drops a saved answer). */
export type QuestionKey = Pick<Question, "id" | "hash" | "kind" | "correct" | "letters" | "placement" | "variantOf">;

/** What the wrap-up needs to list, link and group questions. */
export type QuestionRef = Pick<Question, "id" | "number" | "placement" | "sectionId" | "variantOf">;

/** The id of the empty slot each question renders before itself, where "Try again" can place its note. */
export const retrySlotId = (questionId: string) => `${questionId}-retry`;

/** The part of a question the progress store keeps (the page sends no more of it to the browser). */
export const questionKey = ({ id, hash, kind, correct, letters, placement, variantOf }: Question): QuestionKey => ({ id, hash, kind, correct, letters, placement, variantOf });

/** The part of a question the wrap-up lists and links. */
export const questionRef = ({ id, number, placement, sectionId, variantOf }: Question): QuestionRef => ({ id, number, placement, sectionId, variantOf });

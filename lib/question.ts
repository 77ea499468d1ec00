/**
 * A question of a lesson's assessment, as the build finds it in the MDX body. It is the one
 * question shape: every other part that handles questions takes a Pick of it.
 */
export interface Question {
  id: string;
  /** 1-based position among all questions of the lesson. */
  number: number;
  correct: string;
  bloom: string;
  /** The option letters, in order: a, b, c… */
  letters: string[];
  /** Each option's plain text (whitespace collapsed), in the same order. */
  options: string[];
  /** A short hash of the question's content; saved answers to an edited question are dropped. */
  hash: string;
  /** The question's own text besides its options and explanation, whitespace collapsed. */
  prompt: string;
  /** The section it tests: its `section` attribute or the section it sits in; null when neither. */
  sectionId: string | null;
  kind: "inline" | "wrap-up";
  line: number;
}

/** What scoring needs: the id and the right letter. */
export type AnswerKey = Pick<Question, "id" | "correct">;

/** What the progress store needs to keep and score answers (a changed hash drops a saved answer). */
export type QuestionKey = Pick<Question, "id" | "hash" | "correct" | "kind">;

/** What the wrap-up needs to list, link and group questions. */
export type QuestionRef = Pick<Question, "id" | "number" | "kind" | "sectionId" | "correct">;

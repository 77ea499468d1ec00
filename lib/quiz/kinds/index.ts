/**
 * The question kinds, one entry each: the only table that lists them. A new kind is a file beside
 * this one, a line here and its input in `components/quick-check/inputs/`.
 */
import { chooseAll } from "./choose-all";
import { chooseOne } from "./choose-one";
import { order } from "./order";
import type { QuestionKind } from "./types";

export const QUESTION_KINDS = {
  "choose-one": chooseOne,
  "choose-all": chooseAll,
  order,
} as const satisfies Record<string, QuestionKind>;

export type QuestionKindId = keyof typeof QUESTION_KINDS;

/** The kind a `<QuickCheck>` is when it names none. */
export const DEFAULT_KIND: QuestionKindId = "choose-one";

export const KIND_IDS = Object.keys(QUESTION_KINDS) as [QuestionKindId, ...QuestionKindId[]];

export function questionKind(id: QuestionKindId): QuestionKind {
  return QUESTION_KINDS[id];
}

export type { QuestionKind } from "./types";

/** What is wrong with a question's `<Option correct>` marks for its kind, as "found …, expected …"; null when right. */
export function keyProblem(kind: QuestionKind, marks: number): string | null {
  if (kind.marks === "exactly-one" && marks !== 1) {
    return `found ${marks} <Option correct>, expected exactly 1 (mark the right option; for several right options use kind="choose-all")`;
  }
  if (kind.marks === "at-least-one" && marks === 0) return "found no <Option correct>, expected at least 1 (mark every right option)";
  if (kind.marks === "none" && marks > 0) {
    return `found ${marks} <Option correct>, expected none (write the options in the right order; learners see them shuffled)`;
  }
  return null;
}

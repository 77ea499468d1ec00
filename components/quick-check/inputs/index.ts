/**
 * How each question kind is shown: one entry per kind of lib/quiz/kinds (the type makes a missing
 * entry a build error).
 */
import type { QuestionKindId } from "@/lib/quiz/kinds";
import { chooseAllInput } from "./choose-all";
import { chooseOneInput } from "./choose-one";
import { orderInput } from "./order";
import type { QuestionInput } from "./types";

export const QUESTION_INPUTS: Record<QuestionKindId, QuestionInput> = {
  "choose-one": chooseOneInput,
  "choose-all": chooseAllInput,
  order: orderInput,
};

export type { QuestionInputProps, ShownOption } from "./types";

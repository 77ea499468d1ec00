import type { ReactNode } from "react";
import type { Placement, QuestionKindId } from "@/lib/question";
import { questionKind } from "@/lib/quiz/kinds";
import { QUESTION_INPUTS, type ShownOption } from "./inputs";

export interface AnswerFeedbackProps {
  kind: QuestionKindId;
  /** The learner's response and the key, in the kind's letter form. */
  response: string;
  correct: string;
  options: readonly ShownOption[];
  /** Inline checks say "you chose"; the wrap-up review says "your answer was". */
  placement: Placement;
  /** The <Explanation> children. */
  explanation: ReactNode;
}

/** Right or wrong in words (and colour), then the right answer and the explanation. */
export function AnswerFeedback({ kind, response, correct, options, placement, explanation }: AnswerFeedbackProps) {
  const right = questionKind(kind).score(response, correct);
  const input = QUESTION_INPUTS[kind];
  const verdict = right ? "✓ Right" : "✗ Not quite";
  const lead = input.yours ?? (placement === "inline" ? "you chose" : "your answer was");
  const yours = `${lead} ${input.sayResponse(response, options)}.`;
  return (
    <div data-feedback={right ? "right" : "wrong"} className={`mt-4 rounded-lg border p-4 ${right ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}>
      <p className={`!mt-0 font-bold ${right ? "text-success" : "text-danger"}`}>
        {verdict} — {yours}
      </p>
      <RightAnswer kind={kind} correct={correct} options={options} explanation={explanation} />
    </div>
  );
}

/** "Correct: b." (or the right set, or the right order), then the explanation. */
export function RightAnswer({ kind, correct, options, explanation }: Pick<AnswerFeedbackProps, "kind" | "correct" | "options" | "explanation">) {
  const { Key, keyLabel } = QUESTION_INPUTS[kind];
  if (keyLabel) {
    return (
      <div className="mt-2 [&_p]:my-2 [&_p:last-child]:mb-0">
        <strong>{keyLabel}:</strong>
        <Key correct={correct} options={options} />
        {explanation}
      </div>
    );
  }
  return (
    <div className="mt-2 [&>p:first-of-type]:inline [&_p]:my-2 [&_p:last-child]:mb-0">
      <strong>
        Correct: <Key correct={correct} options={options} />.
      </strong>{" "}
      {explanation}
    </div>
  );
}

import type { ReactNode } from "react";

export interface AnswerFeedbackProps {
  /** The learner's letter. */
  choice: string;
  /** The right letter. */
  correct: string;
  /** Inline checks say "you chose"; the wrap-up review says "your answer was". */
  kind: "inline" | "wrap-up";
  /** The <Explanation> children. */
  explanation: ReactNode;
}

/** Right or wrong in words (and colour), then "Correct: x." and the explanation. */
export function AnswerFeedback({ choice, correct, kind, explanation }: AnswerFeedbackProps) {
  const right = choice === correct;
  const verdict = right ? "✓ Right" : "✗ Not quite";
  const said = kind === "inline" ? `you chose ${choice}.` : `your answer was ${choice}.`;
  return (
    <div data-feedback={right ? "right" : "wrong"} className={`mt-4 rounded-lg border p-4 ${right ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}>
      <p className={`!mt-0 font-bold ${right ? "text-success" : "text-danger"}`}>
        {verdict} — {said}
      </p>
      <div className="mt-2 [&>p:first-of-type]:inline [&_p]:my-2 [&_p:last-child]:mb-0">
        <strong>Correct: {correct}.</strong> {explanation}
      </div>
    </div>
  );
}

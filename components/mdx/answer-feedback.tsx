import type { ReactNode } from "react";

/** Right or wrong in words (and colour), then "Correct: x." and the explanation. */
export function AnswerFeedback({ choice, correct, kind, explanation }: { choice: string; correct: string; kind: "inline" | "wrap-up"; explanation: ReactNode }) {
  const right = choice === correct;
  const verdict = right ? "✓ Right" : "✗ Not quite";
  const said = kind === "inline" ? `you chose ${choice}.` : `your answer was ${choice}.`;
  return (
    <div data-feedback={right ? "right" : "wrong"} className={`mt-4 rounded-lg border p-4 ${right ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}>
      <p className={`!mt-0 font-bold ${right ? "text-success" : "text-danger"}`}>
        {verdict} — {said}
      </p>
      <div className="mt-2 [&>p:first-of-type]:inline [&>p]:my-2">
        <strong>Correct: {correct}.</strong> {explanation}
      </div>
    </div>
  );
}

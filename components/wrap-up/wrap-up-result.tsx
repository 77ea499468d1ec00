import { passMark, type AttemptScore } from "@/lib/scoring";
import type { WrapUpData } from "./types";

export interface WrapUpResultProps extends WrapUpData {
  result: AttemptScore;
  /** An earlier pass, mentioned after a failed attempt so the learner knows it still stands. */
  keptPass: { score: number; total: number } | null;
}

/** The score and what it means: complete, or which sections to re-read. */
export function WrapUpResult({ result, passPercent, questions, sections, keptPass }: WrapUpResultProps) {
  const { score, total, passed, missed } = result;
  const missedQuestions = questions.filter((q) => missed.includes(q.id));
  const reread = sections
    .map((section) => ({ section, numbers: missedQuestions.filter((q) => q.sectionId === section.id).map((q) => `Q${q.number}`) }))
    .filter((entry) => entry.numbers.length > 0);
  return (
    <div data-result={passed ? "pass" : "fail"} className={`mt-2 rounded-xl border p-4 sm:p-5 ${passed ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}>
      <h3 className="text-lg font-bold">
        Your score: {score} of {total}
      </h3>
      {passed ? (
        <p className="mt-1 font-semibold text-success">✓ Lesson complete — saved to your profile.</p>
      ) : (
        <>
          <p className="mt-1 font-semibold text-danger">
            Almost! You need {passPercent}% ({passMark(total, passPercent)} of {total}) — re-read the path that tripped you up and tap &quot;Try again&quot;.
          </p>
          {reread.length > 0 && (
            <>
              <p className="mt-3 text-sm font-semibold">Re-read:</p>
              <ul className="mt-1 space-y-1 text-sm">
                {reread.map(({ section, numbers }) => (
                  <li key={section.id}>
                    <a href={`#${section.id}`} className="font-semibold text-accent underline underline-offset-2">
                      {section.short}
                    </a>{" "}
                    <span className="text-muted">({numbers.join(", ")})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {keptPass && (
            <p className="mt-3 text-sm">
              Your earlier pass ({keptPass.score} of {keptPass.total}) is kept.
            </p>
          )}
        </>
      )}
      <p className="mt-3 text-sm">Every question above now shows your answer, the right one and why.</p>
    </div>
  );
}

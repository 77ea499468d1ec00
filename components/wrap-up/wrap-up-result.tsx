import { passMark, type AttemptScore } from "@/lib/scoring";
import { scoreBand } from "@/lib/score-band";
import type { WrapUpData } from "./types";

export interface WrapUpResultProps extends WrapUpData {
  result: AttemptScore;
  /** An earlier pass, mentioned after a failed attempt so the learner knows it still stands. */
  keptPass: { score: number; total: number } | null;
}

/** The id of the result's heading: focused after "Submit all answers". */
export const RESULT_HEADING_ID = "wrap-up-score";

const link = "font-semibold text-accent underline underline-offset-2";

/** The score and what it means: complete, almost, or where to read again (a few sections, or from the start). */
export function WrapUpResult({ result, passPercent, questions, sections, keptPass }: WrapUpResultProps) {
  const { score, total, passed, missed } = result;
  const band = scoreBand(score, total, passPercent);
  const mark = passMark(total, passPercent);
  const missedQuestions = questions.filter((q) => missed.includes(q.id));
  const reread = sections
    .map((section) => ({ section, numbers: missedQuestions.filter((q) => q.sectionId === section.id).map((q) => `Q${q.number}`) }))
    .filter((entry) => entry.numbers.length > 0);
  const first = sections[0];
  const need = `You need ${passPercent}% (${mark} of ${total}).`;
  return (
    <div data-result={passed ? "pass" : "fail"} data-band={band} className={`mt-2 rounded-xl border p-4 sm:p-5 ${passed ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}>
      <h3 id={RESULT_HEADING_ID} tabIndex={-1} className="text-lg font-bold outline-none focus-visible:outline-3">
        Your score: {score} of {total}
      </h3>
      {band === "pass" && <p className="mt-1 font-semibold text-success">✓ Lesson complete — saved on this device.</p>}
      {band === "almost" && (
        <p className="mt-1 font-semibold text-danger">
          Almost! {need} Re-read the sections below, then choose &quot;Try again&quot;.
        </p>
      )}
      {band === "not-yet" && (
        <p className="mt-1 font-semibold text-danger">
          Not yet. {need} Re-read the sections below, then choose &quot;Try again&quot;.
        </p>
      )}
      {band === "start-over" && (
        <p className="mt-1 font-semibold text-danger">
          Not yet. {need} Most answers missed their mark, so read the lesson again from{" "}
          {first ? (
            <a href={`#${first.id}`} className={link}>
              the start
            </a>
          ) : (
            "the start"
          )}
          , then choose &quot;Try again&quot;.
        </p>
      )}
      {!passed && reread.length > 0 && (
        <>
          <p className="mt-3 text-sm font-semibold">{band === "start-over" ? "The sections of the missed questions:" : "Re-read:"}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {reread.map(({ section, numbers }) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className={link}>
                  {section.short}
                </a>{" "}
                <span className="text-muted">({numbers.join(", ")})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!passed && keptPass && (
        <p className="mt-3 text-sm">
          Your earlier pass ({keptPass.score} of {keptPass.total}) is kept.
        </p>
      )}
      <p className="mt-3 text-sm">Every question above now shows your answer, the right one and why.</p>
    </div>
  );
}

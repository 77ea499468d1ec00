"use client";

import { useRef, useState } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { unanswered } from "@/lib/scoring";
import type { WrapUpData } from "./types";
import { WrapUpResult } from "./wrap-up-result";

const buttonClass = "inline-flex min-h-11 items-center rounded-lg px-5 font-semibold";

/**
 * "Submit all answers": names what is still unanswered (with links) and refuses to submit until
 * all questions are answered; then shows the score, and "Try again" for a new attempt.
 */
export function WrapUpSubmit({ questions, sections, passPercent }: WrapUpData) {
  const hydrated = useProgress((s) => s.hydrated);
  const answers = useProgress((s) => s.answers);
  const submitted = useProgress((s) => s.submitted);
  const passed = useProgress((s) => s.passed);
  const submit = useProgress((s) => s.submit);
  const tryAgain = useProgress((s) => s.tryAgain);
  const [blocked, setBlocked] = useState(false);
  const missingRef = useRef<HTMLDivElement>(null);
  const tryAgainRef = useRef<HTMLButtonElement>(null);

  const missing = hydrated ? unanswered(answers, questions) : [];
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  const result = useProgress((s) => (s.hydrated ? s.result : null));
  const total = questions.length;

  const onSubmit = () => {
    if (!hydrated) return;
    if (missing.length > 0) {
      setBlocked(true);
      missingRef.current?.focus();
      return;
    }
    setBlocked(false);
    if (submit()) requestAnimationFrame(() => tryAgainRef.current?.focus());
  };

  const onTryAgain = () => {
    tryAgain();
    document.getElementById("wrap-up-title")?.focus();
  };

  return (
    <div className="js-only mt-8" data-wrap-up-submit>
      {!submitted && passed && hydrated && (
        <p className="mb-3 rounded-lg bg-success-soft px-3 py-2 text-sm font-semibold text-success">
          ✓ You have completed this lesson ({passed.score} of {passed.total}). A new attempt keeps that.
        </p>
      )}
      {!submitted && missing.length > 0 && (
        <div ref={missingRef} tabIndex={-1} id="wrap-up-unanswered" className="mb-4 rounded-lg border border-warn bg-warn-soft p-3 text-sm">
          <p className="font-semibold">
            {blocked ? (total === 1 ? "Answer the question to submit. " : `Answer all ${total} questions to submit. `) : ""}
            Still unanswered: {missing.length} of {total}.
          </p>
          <ul aria-label="Unanswered questions" className="mt-2 flex flex-wrap gap-2">
            {missing.map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="inline-flex min-h-8 min-w-10 items-center justify-center rounded-md border border-line bg-surface px-2 font-semibold text-accent underline-offset-2 hover:underline">
                  Q{numberOf.get(id)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div role="status">
        {result && (
          <WrapUpResult result={result} passPercent={passPercent} questions={questions} sections={sections} keptPass={result.passed ? null : passed} />
        )}
      </div>
      {submitted && hydrated ? (
        <button ref={tryAgainRef} type="button" onClick={onTryAgain} className={`${buttonClass} mt-4 border border-accent text-accent hover:bg-accent-soft`}>
          Try again
        </button>
      ) : (
        <button
          type="button"
          onClick={onSubmit}
          aria-disabled={!hydrated || missing.length > 0}
          aria-describedby={missing.length > 0 ? "wrap-up-unanswered" : undefined}
          className={`${buttonClass} bg-accent text-on-accent aria-disabled:cursor-not-allowed aria-disabled:opacity-60`}
        >
          Submit all answers
        </button>
      )}
    </div>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useProgress } from "@/components/progress/progress-provider";
import { unanswered } from "@/lib/scoring";
import { placeOf, shownQuestions } from "@/lib/quiz/variants";
import type { WrapUpData } from "./types";
import { RESULT_HEADING_ID, WrapUpResult } from "./wrap-up-result";
import { RetryNote, type RetryNoteProps } from "./retry-note";
import { retrySlotId } from "@/lib/question";
import { bringIntoView } from "./bring-into-view";

const buttonClass = "inline-flex min-h-11 items-center rounded-lg px-5 font-semibold";

/**
 * "Submit all answers": names what is still unanswered (with links) and refuses to submit until
 * all questions are answered; then brings the score into view, and "Try again" takes the learner
 * to the first question it cleared, with a note listing the inline ones.
 */
export function WrapUpSubmit({ questions, sections, passPercent }: WrapUpData) {
  const hydrated = useProgress((s) => s.hydrated);
  const answers = useProgress((s) => s.answers);
  const submitted = useProgress((s) => s.submitted);
  const passed = useProgress((s) => s.passed);
  const submit = useProgress((s) => s.submit);
  const tryAgain = useProgress((s) => s.tryAgain);
  const [blocked, setBlocked] = useState(false);
  const [retry, setRetry] = useState<(RetryNoteProps & { slot: HTMLElement }) | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLDivElement>(null);

  const retakes = useProgress((s) => (s.hydrated ? s.retakes : 0));
  // The attempt's questions: of each question's variants, the one it shows.
  const shown = shownQuestions(questions, retakes);
  const missing = hydrated ? unanswered(answers, shown) : [];
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  const result = useProgress((s) => (s.hydrated ? s.result : null));
  const total = shown.length;

  // The note is placed (through a portal) after the render that follows "Try again".
  useEffect(() => {
    if (retry) bringIntoView(noteRef.current);
  }, [retry]);

  const onSubmit = () => {
    if (!hydrated) return;
    if (missing.length > 0) {
      setBlocked(true);
      missingRef.current?.focus();
      return;
    }
    setBlocked(false);
    setRetry(null);
    if (submit()) requestAnimationFrame(() => bringIntoView(document.getElementById(RESULT_HEADING_ID)));
  };

  const onTryAgain = () => {
    const cleared = shown.filter((q) => answers[q.id] !== undefined);
    tryAgain();
    // The retake shows the next variant of each question: the note goes before the one now shown.
    const next = shownQuestions(questions, retakes + 1);
    const first = (cleared[0] && next.find((q) => placeOf(q) === placeOf(cleared[0]!))) ?? next[0];
    const slot = first ? document.getElementById(retrySlotId(first.id)) : null;
    if (!slot) {
      document.getElementById("wrap-up-title")?.focus();
      return;
    }
    setRetry({
      slot,
      inline: next.filter((q) => q.placement === "inline" && cleared.some((c) => placeOf(c) === placeOf(q))),
      wrapUp: cleared.filter((q) => q.placement !== "inline").length,
    });
  };

  return (
    <div className="js-only mt-8" data-wrap-up-submit>
      {retry && createPortal(<RetryNote ref={noteRef} inline={retry.inline} wrapUp={retry.wrapUp} />, retry.slot)}
      {!submitted && passed && hydrated && (
        <p className="mb-3 rounded-lg bg-success-soft px-3 py-2 text-sm font-semibold text-success">
          ✓ You have completed this lesson ({passed.score} of {passed.total}). A new attempt keeps that.
        </p>
      )}
      {!submitted && missing.length > 0 && (
        <div ref={missingRef} tabIndex={-1} id="wrap-up-unanswered" className="mb-4 rounded-lg border border-caution bg-caution-soft p-3 text-sm">
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
        <button type="button" onClick={onTryAgain} className={`${buttonClass} mt-4 border border-accent text-accent hover:bg-accent-soft`}>
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

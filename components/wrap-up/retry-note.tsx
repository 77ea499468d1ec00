"use client";

import { forwardRef } from "react";
import type { QuestionRef } from "./types";

export interface RetryNoteProps {
  /** The inline questions that were cleared, in lesson order. */
  inline: Pick<QuestionRef, "id" | "number">[];
  /** How many wrap-up questions were cleared too. */
  wrapUp: number;
}

/**
 * Shown at the first cleared question after "Try again": a new attempt clears the inline answers
 * too, far above the wrap-up, so the learner is told and given a link to each.
 */
export const RetryNote = forwardRef<HTMLDivElement, RetryNoteProps>(function RetryNote({ inline, wrapUp }, ref) {
  return (
    <div ref={ref} tabIndex={-1} data-retry-note className="my-6 rounded-lg border border-accent bg-accent-soft p-3 text-sm outline-none focus-visible:outline-3">
      <p className="!my-0 font-semibold">New attempt: your answers were cleared.</p>
      {inline.length > 0 && (
        <>
          <p className="!mb-0 !mt-1">
            {inline.length === 1 ? "The question in the sections was reset too:" : `The ${inline.length} questions in the sections were reset too:`}
          </p>
          <ul aria-label="Reset questions in the sections" className="!my-0 flex list-none flex-wrap gap-2 !pl-0 pt-2">
            {inline.map((q) => (
              <li key={q.id} className="!my-0">
                <a href={`#${q.id}`} className="inline-flex min-h-8 min-w-10 items-center justify-center rounded-md border border-line bg-surface px-2 font-semibold text-accent underline-offset-2 hover:underline">
                  Q{q.number}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {wrapUp > 0 && (
        <p className="!mb-0 !mt-2">
          {wrapUp === 1 ? "The wrap-up question waits" : `The ${wrapUp} wrap-up questions wait`} at the end of the lesson.
        </p>
      )}
    </div>
  );
});

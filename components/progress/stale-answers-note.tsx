"use client";

import { Fragment } from "react";
import { useProgress } from "./progress-provider";

/** A question as the note names it: "Q5", linking to the question. */
export interface StaleQuestionRef {
  id: string;
  number: number;
}

/**
 * Says which saved answers vanished and why: the instructor changed those questions since they
 * were answered. Answers to questions that were removed are counted, since they have no number.
 */
export function StaleAnswersNote({ questions }: { questions: StaleQuestionRef[] }) {
  const dropped = useProgress((s) => (s.hydrated ? s.staleDropped : null));
  const passed = useProgress((s) => s.passed !== null);
  const dismiss = useProgress((s) => s.dismissStale);
  if (!dropped || dropped.length === 0) return null;
  const changed = questions.filter((q) => dropped.includes(q.id)).sort((a, b) => a.number - b.number);
  const removed = dropped.length - changed.length;
  return (
    <div data-stale-note className="mt-3 flex flex-wrap items-center gap-x-3 rounded-md bg-caution-soft px-3 py-2 text-sm">
      <p>
        {changed.length > 0 && (
          <>
            Your saved answer{changed.length === 1 ? "" : "s"} to{" "}
            {changed.map((q, i) => (
              <Fragment key={q.id}>
                {i > 0 && (i === changed.length - 1 ? " and " : ", ")}
                <a href={`#${q.id}`} className="font-semibold text-accent underline underline-offset-2">
                  Q{q.number}
                </a>
              </Fragment>
            ))}{" "}
            {changed.length === 1 ? "was" : "were"} cleared because {changed.length === 1 ? "that question has" : "those questions have"} changed since you answered.{" "}
          </>
        )}
        {removed > 0 && (
          <>
            {removed === 1 ? "A saved answer to a question that no longer exists was" : `${removed} saved answers to questions that no longer exist were`} cleared.{" "}
          </>
        )}
        Your other answers{passed ? " and your completion" : ""} are kept.
      </p>
      <button type="button" onClick={dismiss} className="inline-flex min-h-8 items-center font-semibold text-accent underline underline-offset-2">
        Dismiss
      </button>
    </div>
  );
}

"use client";

import { useProgress } from "./progress-provider";

/** Inside a question whose saved answer was dropped: tells the learner why it is blank again. */
export function StaleQuestionNote({ id }: { id: string }) {
  const stale = useProgress((s) => s.hydrated && s.staleDropped.includes(id));
  if (!stale) return null;
  return (
    <p data-stale-question className="clear-left mt-3 rounded-md bg-caution-soft px-3 py-1.5 text-sm">
      This question changed since you answered it, so your earlier answer was cleared.
    </p>
  );
}

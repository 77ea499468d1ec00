"use client";

import { useProgress } from "./progress-provider";

/** Says why saved answers vanished: the instructor changed those questions since they were given. */
export function StaleAnswersNote() {
  const dropped = useProgress((s) => (s.hydrated ? s.staleDropped.length : 0));
  const dismiss = useProgress((s) => s.dismissStale);
  if (dropped === 0) return null;
  return (
    <div data-stale-note className="mt-3 flex flex-wrap items-center gap-x-3 rounded-md bg-warn-soft px-3 py-2 text-sm">
      <p>
        {dropped === 1 ? "One saved answer was" : `${dropped} saved answers were`} cleared because the question changed since. Your completion is kept.
      </p>
      <button type="button" onClick={dismiss} className="inline-flex min-h-8 items-center font-semibold text-accent underline underline-offset-2">
        Dismiss
      </button>
    </div>
  );
}

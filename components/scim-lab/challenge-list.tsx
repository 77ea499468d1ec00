"use client";

import { useProgress } from "@/components/progress/progress-provider";
import { CHALLENGES, type ChallengeId } from "@/lib/scim-lab/catalog";
import { panel, panelTitle } from "./styles";

/** The challenges with a tick for each one completed; ticks come from saved progress, so they outlive a reset. */
export function ChallengeList({ id, challenges }: { id: string; challenges: ChallengeId[] }) {
  const done = useProgress((s) => s.labDone);
  const count = challenges.filter((c) => done.includes(c)).length;
  return (
    <section aria-labelledby={`${id}-challenges-title`} className={panel}>
      <h3 id={`${id}-challenges-title`} className={panelTitle}>
        Challenges <span className="text-base font-normal text-muted">({count} of {challenges.length} done)</span>
      </h3>
      <ol className="mt-2 space-y-2">
        {challenges.map((c) => {
          const met = done.includes(c);
          return (
            <li key={c} data-challenge={c} data-done={met} className="flex gap-2">
              <span aria-hidden="true" className={`scim-lab-tick mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full border ${met ? "border-success bg-success-soft text-success" : "border-line text-muted"}`}>
                {met ? "✓" : ""}
              </span>
              <div>
                <p className="font-semibold">
                  {CHALLENGES[c].title}
                  <span className="sr-only">{met ? " — done" : " — not done yet"}</span>
                </p>
                <p className="text-sm text-muted">{CHALLENGES[c].hint}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

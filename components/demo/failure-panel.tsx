import type { ReactNode } from "react";
import type { DemoState } from "@/lib/demo/machine";
import type { Level } from "@/lib/content/levels";
import type { DemoFailureData, DemoStepData } from "./types";

/**
 * "Break it": a one-line teaser until the learner presses it; then the full panel opens at once
 * (a shift caused by the press itself, not a surprise), and its findings turn visible in place
 * when the run reaches the failing step — the space is already laid out, so nothing moves then.
 */
export function DemoFailurePanel({ failure, target, steps, state, icon, wireFrom }: {
  failure: DemoFailureData;
  target: string;
  steps: DemoStepData[];
  state: DemoState;
  icon: ReactNode;
  /** Below this reading level the answer's wire line and the logged event are hidden (by CSS). */
  wireFrom?: Level;
}) {
  const open = state.mode === "break";
  const broken = state.status === "broken";
  const stepTitle = steps[failure.step - 1]?.title ?? "";
  return (
    <div className="mt-4">
      <p data-demo-teaser className={`!my-0 rounded-lg border-2 border-dashed border-danger px-4 py-3 text-[0.95rem] print:hidden ${open ? "hidden" : "block"}`}>
        {icon} <strong>Break it</strong> runs the same steps into the most common failure, then shows where it breaks and how to fix it.
      </p>
      <div data-demo-failure className={`rounded-lg border-2 border-danger bg-danger-soft px-4 py-3 print:block ${open ? "block" : "hidden"}`}>
        <p className="!my-0 font-bold">
          {icon} Breaks at step {failure.step}: {stepTitle}
        </p>
        <p className="!my-1">{failure.title}</p>
        <div className="grid">
          <p data-demo-js className={`!my-0 [grid-area:1/1] self-start text-[0.95rem] text-muted print:hidden ${broken ? "invisible" : "visible"}`}>
            Watch step {failure.step}…
          </p>
          <dl data-demo-failure-result className={`!my-0 [grid-area:1/1] space-y-2 text-[0.95rem] print:visible ${broken ? "visible" : "invisible"}`}>
            <div data-level-min={wireFrom}>
              <dt className="font-semibold">{target} returns</dt>
              <dd>
                <code className="break-words">{failure.wire}</code>
              </dd>
            </div>
            <div data-level-min={wireFrom}>
              <dt className="font-semibold">{failure.log ?? "The log"} shows</dt>
              <dd>
                <code className="break-words">{failure.event}</code>
              </dd>
            </div>
            <div>
              <dt className="font-semibold">Why</dt>
              <dd className="[&_p]:my-1">{failure.explanation}</dd>
            </div>
            <div>
              <dt className="font-semibold">Fix</dt>
              <dd>{failure.fix}</dd>
            </div>
          </dl>
        </div>
      </div>
    </div>
  );
}

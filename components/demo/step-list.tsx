import type { ReactNode } from "react";
import { stepPhase, type DemoState, type StepPhase } from "@/lib/demo/machine";
import type { Level } from "@/lib/content/levels";
import type { DemoFailureData, DemoStepData } from "./types";

const MARK: Record<StepPhase, { look: string; spoken: string }> = {
  upcoming: { look: "border-line-soft bg-surface text-muted", spoken: "" },
  current: { look: "border-accent bg-accent text-on-accent", spoken: " (now)" },
  done: { look: "border-success bg-success-soft text-success", spoken: " (done)" },
  failed: { look: "border-danger bg-danger text-on-accent", spoken: " (failed here)" },
};

/**
 * What a step's card says: its caption and wire line, or the failure it suffered in "Break it".
 * The wire line carries the demo's `wireFrom` level, so the reading-level CSS hides it below that.
 */
function StepBody({ caption, wire, wireFrom, failed, expected }: {
  caption: ReactNode;
  wire?: string;
  wireFrom?: Level;
  failed?: boolean;
  /** On the failed step: what should have happened, so the card says what went wrong against what was meant. */
  expected?: ReactNode;
}) {
  return (
    <>
      <div className="text-[0.95rem] [&>p]:my-0.5">{failed ? <p className="font-semibold text-danger">{caption}</p> : caption}</div>
      {expected && (
        <div className="mt-1 text-sm text-muted [&>p]:my-0.5 [&>p:first-child]:before:font-semibold [&>p:first-child]:before:content-['Expected:_']">{expected}</div>
      )}
      {wire && (
        // Whole tokens: "409" never splits into "4 09"; a token longer than the line still may.
        <code data-level-min={wireFrom} className="mt-1 inline-block max-w-full text-[0.8rem] break-words">
          {wire}
        </code>
      )}
    </>
  );
}

/**
 * Every step with its caption and wire line, always laid out in full: only colours change as the
 * run moves, so playing never shifts the page. The step where "Break it" fails holds both stories
 * in one grid cell, the success and the failure, and shows the one that happened, so its card
 * never says "201 Created" under a ✗. It is also the fallback with JavaScript off.
 */
export function DemoStepList({ steps, state, failure = null, wireFrom }: { steps: DemoStepData[]; state: DemoState; failure?: DemoFailureData | null; wireFrom?: Level }) {
  return (
    <ol aria-label="Steps" className="mt-4 flex !list-none flex-col gap-2 !pl-0">
      {steps.map((step, i) => {
        const phase = stepPhase(state, i);
        return (
          <li
            key={step.title}
            aria-current={phase === "current" || phase === "failed" ? "step" : undefined}
            data-phase={phase}
            className={`!my-0 flex gap-3 rounded-lg border-2 px-3 py-2.5 transition-colors motion-reduce:transition-none ${
              phase === "current" ? "border-accent bg-accent-soft" : phase === "failed" ? "border-danger bg-danger-soft" : "border-transparent bg-surface-2"
            }`}
          >
            <span aria-hidden="true" className={`flex size-7 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${MARK[phase].look}`}>
              {phase === "done" ? "✓" : phase === "failed" ? "✗" : i + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className="!my-0 font-bold">
                <span className="sr-only">Step {i + 1}: </span>
                {step.title}
                <span className="sr-only">{MARK[phase].spoken}</span>
              </p>
              {failure && failure.step === i + 1 ? (
                <div className="grid">
                  <div data-step-story="success" aria-hidden={phase === "failed" || undefined} className={`[grid-area:1/1] ${phase === "failed" ? "invisible" : ""}`}>
                    <StepBody caption={step.caption} wire={step.wire} wireFrom={wireFrom} />
                  </div>
                  <div data-step-story="failure" aria-hidden={phase !== "failed" || undefined} className={`[grid-area:1/1] ${phase === "failed" ? "" : "invisible"}`}>
                    <StepBody caption={failure.title} expected={step.caption} wire={failure.wire} wireFrom={wireFrom} failed />
                  </div>
                </div>
              ) : (
                <StepBody caption={step.caption} wire={step.wire} wireFrom={wireFrom} />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

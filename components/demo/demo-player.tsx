"use client";

import { useEffect, useReducer } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { describeDemo } from "@/lib/demo/describe";
import { showsFrom, type Level } from "@/lib/content/levels";
import { demoReducer, initialDemoState, STEP_MS, type DemoConfig, type DemoEvent, type DemoState } from "@/lib/demo/machine";
import { DemoControls } from "./controls";
import { DemoDiagram } from "./diagram";
import { DemoFailurePanel } from "./failure-panel";
import { DemoStepList } from "./step-list";
import type { DemoFailureData, DemoIcons, DemoStepData } from "./types";

export type { DemoFailureData, DemoStepData } from "./types";

export interface DemoPlayerProps {
  source: string;
  target: string;
  sourceRole?: string;
  targetRole?: string;
  /** The lowest reading level that shows wire lines and the logged event; below it the demo tells the story in words only. */
  wireFrom?: Level;
  steps: DemoStepData[];
  failure: DemoFailureData | null;
  icons: DemoIcons;
}

/**
 * The live demo. Its first render (also the static HTML) already lays out every step, so the
 * page does not shift when it hydrates; with JavaScript off the same HTML is the readable fallback.
 */
export function DemoPlayer({ source, target, sourceRole, targetRole, wireFrom, steps, failure, icons }: DemoPlayerProps) {
  const config: DemoConfig = { steps: steps.length, failureStep: failure ? failure.step - 1 : null };
  const [state, dispatch] = useReducer((s: DemoState, e: DemoEvent) => demoReducer(s, e, config), initialDemoState);
  const markDemoPlayed = useProgress((s) => s.markDemoPlayed);

  useEffect(() => {
    if (state.status !== "playing") return;
    const timer = window.setTimeout(() => dispatch({ type: "TICK" }), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [state.status, state.step]);

  useEffect(() => {
    if (state.status === "done") markDemoPlayed();
  }, [state.status, markDemoPlayed]);

  // The step list hides wire lines by CSS (no flash before hydration); the drawing and the words follow the store.
  const wireShown = showsFrom(useProgress((s) => s.level), wireFrom);
  const told = wireShown ? { steps, failure } : { steps: steps.map((s) => ({ ...s, wire: undefined })), failure: failure && { ...failure, wire: undefined } };
  const { line, announcement } = describeDemo(state, told.steps, told.failure, target);

  return (
    <div data-demo-player data-status={state.status} data-mode={state.mode} data-step={state.step}>
      <DemoDiagram source={source} target={target} sourceRole={sourceRole} targetRole={targetRole} state={state} steps={told.steps} failure={told.failure} />
      <p data-demo-js aria-hidden="true" className="mt-3 line-clamp-2 min-h-[3.2em] text-[0.95rem] leading-[1.6] font-semibold">
        {line}
      </p>
      {/* It names the controls, which are not there without JavaScript. */}
      <p role="status" className="js-only sr-only">
        {announcement}
      </p>
      <DemoControls onEvent={dispatch} canBreak={failure !== null} icons={icons} />
      <DemoStepList steps={steps} state={state} failure={failure} wireFrom={wireFrom} />
      {failure && <DemoFailurePanel failure={failure} target={target} steps={steps} state={state} icon={icons.BREAK} wireFrom={wireFrom} />}
    </div>
  );
}

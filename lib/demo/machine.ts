/**
 * The live demo's step machine, as a pure reducer: the player component only renders a state and
 * dispatches events (and a timer that sends TICK while playing), so every rule is unit-tested here.
 *
 * `step` is the 0-based step on screen, -1 before the first one. In "break" mode the run stops on
 * the failure step with status "broken"; in "happy" mode it ends with status "done" one tick after
 * the last step, so the last step stays on screen as long as the others.
 */
export type DemoStatus = "idle" | "playing" | "paused" | "done" | "broken";
export type DemoMode = "happy" | "break";

export interface DemoState {
  status: DemoStatus;
  step: number;
  mode: DemoMode;
}

export interface DemoConfig {
  /** How many steps the demo has (at least 1). */
  steps: number;
  /** The 0-based step where "Break it" fails, or null when the demo has no failure. */
  failureStep: number | null;
}

export type DemoEvent =
  | { type: "PLAY" }
  | { type: "PAUSE" }
  | { type: "STEP" }
  | { type: "TICK" }
  | { type: "RESET" }
  | { type: "BREAK" };

export const initialDemoState: DemoState = { status: "idle", step: -1, mode: "happy" };

/** How long each step stays on screen while playing. */
export const STEP_MS = 1600;

/** The state after moving to the next step, with `status` for when the run goes on. */
function advance(state: DemoState, config: DemoConfig, status: "playing" | "paused"): DemoState {
  const next = state.step + 1;
  if (next >= config.steps) return { ...state, status: "done", step: config.steps - 1 };
  if (state.mode === "break" && next === config.failureStep) return { ...state, status: "broken", step: next };
  return { ...state, status, step: next };
}

/** A fresh run from the first step (a finished or broken run always starts again on the happy path). */
function start(mode: DemoMode, config: DemoConfig, status: "playing" | "paused"): DemoState {
  return advance({ status, step: -1, mode }, config, status);
}

export function demoReducer(state: DemoState, event: DemoEvent, config: DemoConfig): DemoState {
  switch (event.type) {
    case "PLAY":
      if (state.status === "playing") return state;
      if (state.status === "paused") return { ...state, status: "playing" };
      return start("happy", config, "playing");
    case "PAUSE":
      return state.status === "playing" ? { ...state, status: "paused" } : state;
    case "STEP":
      if (state.status === "playing" || state.status === "paused") return advance(state, config, "paused");
      return start("happy", config, "paused");
    case "TICK":
      return state.status === "playing" ? advance(state, config, "playing") : state;
    case "RESET":
      return initialDemoState;
    case "BREAK":
      if (config.failureStep === null) return state;
      return start("break", config, "playing");
  }
}

/** How one step looks in a given state: already run, on screen, where the run broke, or still to come. */
export type StepPhase = "done" | "current" | "failed" | "upcoming";

export function stepPhase(state: DemoState, index: number): StepPhase {
  if (index < state.step) return "done";
  if (index > state.step) return "upcoming";
  if (state.status === "broken") return "failed";
  if (state.status === "done") return "done";
  return "current";
}

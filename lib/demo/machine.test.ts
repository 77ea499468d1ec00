import { describe, expect, it } from "vitest";
import { demoReducer, initialDemoState, stepPhase, type DemoConfig, type DemoEvent, type DemoState } from "./machine";

/** The lesson's demo: four steps, "Break it" fails on the third (0-based 2). */
const config: DemoConfig = { steps: 4, failureStep: 2 };

function run(events: DemoEvent["type"][], from: DemoState = initialDemoState, cfg: DemoConfig = config): DemoState {
  return events.reduce((state, type) => demoReducer(state, { type } as DemoEvent, cfg), from);
}

describe("demoReducer — the happy path", () => {
  it("starts idle, before the first step", () => {
    expect(initialDemoState).toEqual({ status: "idle", step: -1, mode: "happy" });
  });

  it("PLAY shows the first step and starts playing", () => {
    expect(run(["PLAY"])).toEqual({ status: "playing", step: 0, mode: "happy" });
  });

  it("TICK walks the steps in order while playing", () => {
    expect(run(["PLAY", "TICK"]).step).toBe(1);
    expect(run(["PLAY", "TICK", "TICK"]).step).toBe(2);
    expect(run(["PLAY", "TICK", "TICK", "TICK"])).toEqual({ status: "playing", step: 3, mode: "happy" });
  });

  it("ends as done one tick after the last step, keeping the last step on screen", () => {
    expect(run(["PLAY", "TICK", "TICK", "TICK", "TICK"])).toEqual({ status: "done", step: 3, mode: "happy" });
  });

  it("ignores TICK when not playing (idle, paused, done)", () => {
    expect(run(["TICK"])).toEqual(initialDemoState);
    const paused = run(["PLAY", "PAUSE"]);
    expect(run(["TICK", "TICK"], paused)).toEqual(paused);
    const done = run(["PLAY", "TICK", "TICK", "TICK", "TICK"]);
    expect(run(["TICK"], done)).toEqual(done);
  });

  it("PLAY while playing changes nothing", () => {
    const playing = run(["PLAY", "TICK"]);
    expect(run(["PLAY"], playing)).toEqual(playing);
  });
});

describe("demoReducer — pause, step and reset", () => {
  it("PAUSE stops on the current step; PLAY resumes from it", () => {
    const paused = run(["PLAY", "TICK", "PAUSE"]);
    expect(paused).toEqual({ status: "paused", step: 1, mode: "happy" });
    expect(run(["PLAY"], paused)).toEqual({ status: "playing", step: 1, mode: "happy" });
    expect(run(["PLAY", "TICK"], paused).step).toBe(2);
  });

  it("PAUSE does nothing unless playing", () => {
    expect(run(["PAUSE"])).toEqual(initialDemoState);
    const done = run(["PLAY", "TICK", "TICK", "TICK", "TICK"]);
    expect(run(["PAUSE"], done)).toEqual(done);
  });

  it("STEP from idle shows the first step, paused", () => {
    expect(run(["STEP"])).toEqual({ status: "paused", step: 0, mode: "happy" });
  });

  it("STEP advances exactly one step and stays paused", () => {
    expect(run(["STEP", "STEP"])).toEqual({ status: "paused", step: 1, mode: "happy" });
    expect(run(["STEP", "STEP", "STEP", "STEP"])).toEqual({ status: "paused", step: 3, mode: "happy" });
  });

  it("STEP while playing advances one and pauses, so the timer stops", () => {
    expect(run(["PLAY", "STEP"])).toEqual({ status: "paused", step: 1, mode: "happy" });
  });

  it("STEP past the last step finishes the run", () => {
    expect(run(["STEP", "STEP", "STEP", "STEP", "STEP"])).toEqual({ status: "done", step: 3, mode: "happy" });
  });

  it("STEP after a finished run starts again at the first step", () => {
    const done = run(["PLAY", "TICK", "TICK", "TICK", "TICK"]);
    expect(run(["STEP"], done)).toEqual({ status: "paused", step: 0, mode: "happy" });
  });

  it("RESET returns to the start from any state", () => {
    for (const events of [["PLAY"], ["PLAY", "TICK", "PAUSE"], ["STEP"], ["BREAK", "TICK", "TICK"], ["PLAY", "TICK", "TICK", "TICK", "TICK"]] as DemoEvent["type"][][]) {
      expect(run([...events, "RESET"])).toEqual(initialDemoState);
    }
  });

  it("PLAY after a finished run replays from the first step", () => {
    const done = run(["PLAY", "TICK", "TICK", "TICK", "TICK"]);
    expect(run(["PLAY"], done)).toEqual({ status: "playing", step: 0, mode: "happy" });
  });
});

describe("demoReducer — Break it", () => {
  it("BREAK starts a run in break mode from the first step", () => {
    expect(run(["BREAK"])).toEqual({ status: "playing", step: 0, mode: "break" });
  });

  it("the break run stops on the failure step as broken", () => {
    expect(run(["BREAK", "TICK"])).toEqual({ status: "playing", step: 1, mode: "break" });
    expect(run(["BREAK", "TICK", "TICK"])).toEqual({ status: "broken", step: 2, mode: "break" });
  });

  it("a broken run goes no further on TICK or PAUSE", () => {
    const broken = run(["BREAK", "TICK", "TICK"]);
    expect(run(["TICK", "TICK", "PAUSE"], broken)).toEqual(broken);
  });

  it("STEP also reaches the failure in break mode", () => {
    expect(run(["BREAK", "PAUSE", "STEP", "STEP"])).toEqual({ status: "broken", step: 2, mode: "break" });
  });

  it("PLAY after breaking runs the happy path again, through to done", () => {
    const broken = run(["BREAK", "TICK", "TICK"]);
    const replay = run(["PLAY"], broken);
    expect(replay).toEqual({ status: "playing", step: 0, mode: "happy" });
    expect(run(["TICK", "TICK", "TICK", "TICK"], replay)).toEqual({ status: "done", step: 3, mode: "happy" });
  });

  it("RESET then PLAY after breaking runs the happy path", () => {
    expect(run(["BREAK", "TICK", "TICK", "RESET", "PLAY", "TICK", "TICK"])).toEqual({ status: "playing", step: 2, mode: "happy" });
  });

  it("BREAK interrupts a happy run and restarts in break mode", () => {
    expect(run(["PLAY", "TICK", "TICK", "BREAK"])).toEqual({ status: "playing", step: 0, mode: "break" });
  });

  it("a failure on the first step breaks at once", () => {
    expect(run(["BREAK"], initialDemoState, { steps: 3, failureStep: 0 })).toEqual({ status: "broken", step: 0, mode: "break" });
  });

  it("BREAK does nothing in a demo without a failure", () => {
    const cfg = { steps: 3, failureStep: null };
    expect(run(["BREAK"], initialDemoState, cfg)).toEqual(initialDemoState);
    const playing = run(["PLAY"], initialDemoState, cfg);
    expect(run(["BREAK"], playing, cfg)).toEqual(playing);
  });

  it("a one-step demo plays its step, then finishes", () => {
    const cfg = { steps: 1, failureStep: null };
    expect(run(["PLAY"], initialDemoState, cfg)).toEqual({ status: "playing", step: 0, mode: "happy" });
    expect(run(["PLAY", "TICK"], initialDemoState, cfg)).toEqual({ status: "done", step: 0, mode: "happy" });
  });
});

describe("stepPhase", () => {
  it("marks every step upcoming before the run", () => {
    expect([0, 1, 2, 3].map((i) => stepPhase(initialDemoState, i))).toEqual(["upcoming", "upcoming", "upcoming", "upcoming"]);
  });

  it("marks earlier steps done, the shown one current and later ones upcoming", () => {
    const state = run(["PLAY", "TICK"]);
    expect([0, 1, 2, 3].map((i) => stepPhase(state, i))).toEqual(["done", "current", "upcoming", "upcoming"]);
  });

  it("marks the failure step failed when broken", () => {
    const state = run(["BREAK", "TICK", "TICK"]);
    expect([0, 1, 2, 3].map((i) => stepPhase(state, i))).toEqual(["done", "done", "failed", "upcoming"]);
  });

  it("marks every step done when the run is done", () => {
    const state = run(["PLAY", "TICK", "TICK", "TICK", "TICK"]);
    expect([0, 1, 2, 3].map((i) => stepPhase(state, i))).toEqual(["done", "done", "done", "done"]);
  });
});

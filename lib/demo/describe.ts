/**
 * The words the demo shows and announces for a state: a short visible status line (it has a fixed
 * height, so it must stay short) and a fuller sentence for the polite live region.
 */
import type { DemoState } from "./machine";

export interface DescribedStep {
  title: string;
  wire?: string;
}

export interface DescribedFailure {
  /** The 1-based step where "Break it" fails. */
  step: number;
  /** What the target answers; left out where the reader's level tells the story without wire lines. */
  wire?: string;
  /** What went wrong, in words. */
  title: string;
}

/** What travels on the wire, shortened for the packet: `201 Created`, `POST`, `PATCH`… */
export function packetLabel(wire: string | undefined): string | null {
  if (!wire) return null;
  const status = /^HTTP\/[\d.]+\s+(\d{3}(?:\s+[A-Za-z][A-Za-z ]*?)?)(?:\s*[·,;]|$)/.exec(wire);
  if (status?.[1]) return status[1].trim();
  return wire.trim().split(/\s+/)[0] ?? null;
}

export function describeDemo(
  state: DemoState,
  steps: DescribedStep[],
  failure: DescribedFailure | null,
  /** The system that answers, named as the demo names it. */
  target: string,
): { line: string; announcement: string } {
  const total = steps.length;
  const step = steps[state.step];
  const at = `step ${state.step + 1} of ${total}`;
  const wire = step?.wire ? ` — ${step.wire}` : "";
  switch (state.status) {
    case "idle":
      return { line: "Ready: press Play.", announcement: "Demo ready. Press Play to start, or Break it to see the most common failure." };
    case "playing":
      return { line: `Step ${state.step + 1} of ${total}: ${step?.title ?? ""}`, announcement: `Step ${state.step + 1} of ${total}: ${step?.title ?? ""}${wire}` };
    case "paused":
      return { line: `Paused at ${at}: ${step?.title ?? ""}`, announcement: `Paused at ${at}: ${step?.title ?? ""}${wire}` };
    case "done":
      return { line: `Done: all ${total} steps ran.`, announcement: `Done: all ${total} steps ran.` };
    case "broken":
      if (!failure?.wire) {
        return {
          line: `Broke at ${at}: ${step?.title ?? ""}`,
          announcement: `Broke at ${at}, ${step?.title ?? ""}: ${failure?.title ?? `${target} refused it`}. The failure details follow the steps.`,
        };
      }
      return {
        line: `Broke at ${at}: ${packetLabel(failure.wire) ?? "error"}`,
        announcement: `Broke at ${at}, ${step?.title ?? ""}: ${target} returned ${failure.wire}. The failure details follow the steps.`,
      };
  }
}

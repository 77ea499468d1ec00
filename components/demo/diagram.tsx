import { lazy, Suspense } from "react";
import { packetLabel } from "@/lib/demo/describe";
import type { DemoState } from "@/lib/demo/machine";
import type { DemoStepData } from "./types";

type Side = "source" | "target";

const Packet = lazy(() => import("./packet"));

function SystemNode({ name, role, tone }: { name: string; role?: string; tone: "idle" | "active" | "danger" }) {
  const look = {
    idle: "border-line-soft bg-surface",
    active: "border-accent bg-accent-soft",
    danger: "border-danger bg-danger-soft",
  }[tone];
  return (
    <div className={`z-0 flex w-[5.5rem] shrink-0 flex-col items-center sm:w-auto sm:max-w-48 sm:min-w-28 sm:px-2 justify-center rounded-lg border-2 px-1 py-2 text-center transition-colors motion-reduce:transition-none ${look}`}>
      {/* A long name ("Authorization server") wraps, hyphenated where the browser can, inside the box. */}
      <span lang="en" className="max-w-full text-sm leading-tight font-bold hyphens-auto [overflow-wrap:anywhere] sm:text-base">
        {name}
      </span>
      {role && <span className="max-w-full text-xs leading-tight text-muted [overflow-wrap:anywhere]">{role}</span>}
    </div>
  );
}

/**
 * Two systems and the wire between them. A packet travels in the step's direction; a failed step
 * sends the error back to the source. With reduced motion the packet simply appears where it lands.
 * The status line and live region say the same in words, so the drawing is hidden from assistive tech.
 */
export function DemoDiagram({ source, target, sourceRole, targetRole, state, steps, failure }: {
  source: string;
  target: string;
  sourceRole?: string;
  targetRole?: string;
  state: DemoState;
  steps: DemoStepData[];
  /** Only its wire line is drawn; without one the returning packet says "Failed". */
  failure: { wire?: string } | null;
}) {
  const step = steps[state.step];
  const broken = state.status === "broken";
  const direction = broken ? "to-source" : step?.packet ?? "none";
  const label = broken ? (packetLabel(failure?.wire) ?? "Failed") : (packetLabel(step?.wire) ?? step?.title ?? null);
  const lands: Side | null = direction === "to-target" ? "target" : direction === "to-source" ? "source" : step ? "source" : null;
  const toneOf = (side: Side) => (lands !== side ? "idle" : broken ? "danger" : "active");

  return (
    <div aria-hidden="true" data-demo-diagram className="flex min-h-24 items-stretch gap-1 rounded-lg bg-surface-2 p-2 sm:gap-2">
      <SystemNode name={source} role={sourceRole} tone={toneOf("source")} />
      <div data-demo-track className="relative min-w-0 flex-1 overflow-hidden">
        <div className="absolute inset-x-0 top-1/2 border-t-2 border-dashed border-line" />
        {direction !== "none" && (
          <span className="absolute inset-x-0 bottom-0 text-center text-xs text-muted">
            {direction === "to-target" ? `${source} → ${target}` : `${source} ← ${target}`}
          </span>
        )}
        {direction !== "none" && label && (
          <Suspense fallback={null}>
            <Packet key={`${state.mode}-${state.step}-${broken}`} forward={direction === "to-target"} broken={broken} direction={direction}>
              {label}
            </Packet>
          </Suspense>
        )}
      </div>
      <SystemNode name={target} role={targetRole} tone={toneOf("target")} />
    </div>
  );
}

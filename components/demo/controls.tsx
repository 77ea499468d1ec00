import type { DemoEvent } from "@/lib/demo/machine";

const BUTTONS: { event: DemoEvent["type"]; label: string; icon: string }[] = [
  { event: "PLAY", label: "Play", icon: "▶" },
  { event: "PAUSE", label: "Pause", icon: "⏸" },
  { event: "STEP", label: "Step", icon: "⏭" },
  { event: "RESET", label: "Reset", icon: "↺" },
];

const base =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg border px-2.5 text-[0.95rem] sm:px-3.5 font-semibold transition-colors";

/**
 * Real buttons that stay enabled in every state: a disabled button would drop keyboard focus the
 * moment it is pressed (Play → playing), and the reducer already ignores events that do not apply.
 */
export function DemoControls({ onEvent, canBreak }: { onEvent: (event: DemoEvent) => void; canBreak: boolean }) {
  return (
    <div data-demo-js role="group" aria-label="Demo controls" className="mt-2 flex flex-wrap gap-2 print:hidden">
      {BUTTONS.map(({ event, label, icon }) => (
        <button
          key={event}
          type="button"
          onClick={() => onEvent({ type: event })}
          className={`${base} ${event === "PLAY" ? "border-accent bg-accent text-on-accent hover:opacity-90" : "border-line bg-surface text-ink hover:border-accent"}`}
        >
          <span aria-hidden="true">{icon}</span>
          {label}
        </button>
      ))}
      {canBreak && (
        <button
          type="button"
          onClick={() => onEvent({ type: "BREAK" })}
          className={`${base} border-danger bg-danger-soft text-danger hover:bg-surface`}
        >
          <span aria-hidden="true">💥</span>
          Break it
        </button>
      )}
    </div>
  );
}

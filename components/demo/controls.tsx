import type { DemoIcons } from "./types";
import type { DemoEvent } from "@/lib/demo/machine";

const BUTTONS: { event: Exclude<keyof DemoIcons, "BREAK">; label: string }[] = [
  { event: "PLAY", label: "Play" },
  { event: "PAUSE", label: "Pause" },
  { event: "STEP", label: "Step" },
  { event: "RESET", label: "Reset" },
];

const base =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg border px-2.5 text-[0.95rem] sm:px-3.5 font-semibold transition-colors";

/**
 * Real buttons that stay enabled in every state: a disabled button would drop keyboard focus the
 * moment it is pressed (Play → playing), and the reducer already ignores events that do not apply.
 */
export function DemoControls({ onEvent, canBreak, icons }: { onEvent: (event: DemoEvent) => void; canBreak: boolean; icons: DemoIcons }) {
  return (
    <div data-demo-js role="group" aria-label="Demo controls" className="mt-2 flex flex-wrap gap-2 print:hidden">
      {BUTTONS.map(({ event, label }) => (
        <button
          key={event}
          type="button"
          onClick={() => onEvent({ type: event })}
          className={`${base} ${event === "PLAY" ? "border-accent bg-accent text-on-accent hover:opacity-90" : "border-line bg-surface text-ink hover:border-accent"}`}
        >
          {icons[event]}
          {label}
        </button>
      ))}
      {canBreak && (
        <button
          type="button"
          onClick={() => onEvent({ type: "BREAK" })}
          className={`${base} border-danger bg-danger-soft text-danger hover:bg-surface`}
        >
          {icons.BREAK}
          Break it
        </button>
      )}
    </div>
  );
}

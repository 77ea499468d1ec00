import { Ban, GraduationCap, Info, Lightbulb, Microscope, Mic, Search, TriangleExclamationPoint, type LucideIcon } from "lucide-react";
import { ICON } from "@/components/icons/icon-class";
import { useId, type ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";

type CalloutType = AttributesOf<"Callout">["type"];

/** Each variant has its own icon and label (colour is never the only difference); four also differ in border style. */
const VARIANTS: Record<CalloutType, { icon: LucideIcon; label: string; box: string }> = {
  note: { icon: Info, label: "Note", box: "border-line bg-surface border-l-4" },
  tip: { icon: Lightbulb, label: "Tip", box: "border-success bg-success-soft border-l-4" },
  pitfall: { icon: TriangleExclamationPoint, label: "Pitfall", box: "border-caution bg-caution-soft border-l-4 border-dashed" },
  misconception: { icon: Ban, label: "Misconception", box: "border-danger bg-danger-soft border-l-4" },
  interview: { icon: Mic, label: "Interview tip", box: "border-accent bg-accent-soft border-l-4" },
  exam: { icon: GraduationCap, label: "Exam tip", box: "border-accent bg-accent-soft border-l-4 border-double" },
  precisely: { icon: Microscope, label: "More precisely", box: "border-line bg-surface-2 border-l-4 border-dotted" },
  logs: { icon: Search, label: "Troubleshooting", box: "border-success bg-surface border-2" },
};

export type CalloutProps = AttributesOf<"Callout"> & { children?: ReactNode };

/** A boxed aside: pitfall, misconception, interview or exam tip, precise fact… (role="note"). */
export function Callout({ type, title, children }: CalloutProps) {
  const id = useId();
  const v = VARIANTS[type];
  const Glyph = v.icon;
  return (
    <div role="note" aria-labelledby={id} data-callout={type} className={`my-6 rounded-lg border px-4 py-3.5 ${v.box}`}>
      <p id={id} className="!my-0 flex flex-wrap items-baseline gap-x-2 font-bold">
        <Glyph aria-hidden="true" className={`${ICON} self-center`} />
        {/* The variant's label names the kind of aside; skipped when the title already says it. */}
        {title?.toLowerCase() !== v.label.toLowerCase() && (
          <span className="text-xs font-semibold tracking-wider text-muted uppercase">{v.label}</span>
        )}
        {title && <span className="basis-full sm:basis-auto">{title}</span>}
      </p>
      <div className="mt-1 [&>*:first-child]:mt-1 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}

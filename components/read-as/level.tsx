import { FlaskConical } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";
import type { Level as ReadingLevel } from "@/lib/content/vocabulary";

const NAMES: Record<ReadingLevel, string> = { L1: "Essentials", L2: "Practitioner", L3: "Expert" };

/** The levels a passage shows at, as its label says it: "L1 · Essentials", "L1–L2". */
function levelLabel(min: ReadingLevel, max: ReadingLevel): string {
  return min === max ? `${min} · ${NAMES[min]}` : `${min}–${max}`;
}

/**
 * A passage for some reading levels only. Hidden by CSS from the `data-level` on <html>, so the
 * static HTML carries every level and switching never reloads or shifts the reader's place.
 * Without JavaScript (no level to choose) every passage is shown, and one the default level would
 * not show carries a label saying which level it is for.
 */
export function Level({ min, max, children }: AttributesOf<"Level"> & { children?: ReactNode }) {
  const expert = min === "L3";
  const from = min ?? "L1";
  const to = max ?? "L3";
  const extra = to === "L1";
  return (
    <div
      data-level-min={min}
      data-level-max={max}
      className={expert ? "my-6 rounded-lg border border-line-soft bg-surface px-4 py-1 [&_pre]:text-[0.8rem]" : extra ? "level-extra" : undefined}
    >
      {expert && (
        <p className="!mb-0 pt-2 text-xs font-semibold tracking-wider text-muted uppercase">
          <FlaskConical aria-hidden="true" className={LEAD_ICON} />L3 · {NAMES.L3} depth
        </p>
      )}
      {extra && (
        <p className="no-js-only !mb-0 pt-2 text-xs font-semibold tracking-wider text-muted uppercase">
          {levelLabel(from, to)} version
        </p>
      )}
      {children}
    </div>
  );
}

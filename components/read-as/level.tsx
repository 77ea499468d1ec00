import { FlaskConical } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";
import type { Level as ReadingLevel } from "@/lib/content/vocabulary";

const NAMES: Record<ReadingLevel, string> = { L1: "Essentials", L2: "Practitioner", L3: "Expert" };

/**
 * A passage for some reading levels only. Hidden by CSS from the `data-level` on <html>, so the
 * static HTML carries every level and switching never reloads or shifts the reader's place.
 */
export function Level({ min, max, children }: AttributesOf<"Level"> & { children?: ReactNode }) {
  const expert = min === "L3";
  return (
    <div
      data-level-min={min}
      data-level-max={max}
      className={expert ? "my-6 rounded-lg border border-line-soft bg-surface px-4 py-1 [&>pre]:text-[0.8rem]" : undefined}
    >
      {expert && (
        <p className="!mb-0 pt-2 text-xs font-semibold tracking-wider text-muted uppercase">
          <FlaskConical aria-hidden="true" className={LEAD_ICON} />L3 · {NAMES.L3} depth
        </p>
      )}
      {children}
    </div>
  );
}

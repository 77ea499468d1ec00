import { Puzzle } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { useId, type ReactNode } from "react";

/** A worked support scenario: a situation, then labelled steps (cause, diagnosis, fix, verify). */
export function Scenario({ title, children }: AttributesOf<"Scenario"> & { children?: ReactNode }) {
  const id = useId();
  return (
    <article aria-labelledby={id} data-scenario className="my-8 rounded-xl border-2 border-line-soft bg-surface p-5">
      <p className="!my-0 text-xs font-semibold tracking-wider text-muted uppercase">
        <Puzzle aria-hidden="true" className={LEAD_ICON} />Scenario
      </p>
      <h3 id={id} className="!mt-1 text-lg font-bold">{title}</h3>
      <div className="[&>*:last-child]:mb-0">{children}</div>
    </article>
  );
}

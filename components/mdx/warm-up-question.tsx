import type { ReactNode } from "react";
import type { SectionInfo } from "@/lib/content/scan";
import type { AttributesOf } from "@/lib/content/vocabulary";

/**
 * One warm-up question; "Where is this answered?" reveals a link to its section. A native
 * <details> does the revealing: no JavaScript, works with it off, no layout shift on hydration.
 */
export function WarmUpQuestion({ section, sections, children }: AttributesOf<"WarmUpQuestion"> & { sections: SectionInfo[]; children?: ReactNode }) {
  const target = sections.find((s) => s.id === section);
  return (
    <li className="[&>p]:m-0">
      <div className="font-medium">{children}</div>
      <details className="group mt-1 text-sm">
        <summary className="inline-flex min-h-8 cursor-pointer items-center rounded-md px-1 text-accent underline-offset-4 hover:underline">
          Where is this answered?
        </summary>
        <p className="mt-1 text-muted">
          Answered in{" "}
          <a href={`#${section}`} className="text-accent underline underline-offset-4">
            {target?.short ?? section}
          </a>
          .
        </p>
      </details>
    </li>
  );
}

import { ArrowRight } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { ReactNode } from "react";

/** The running summary at the end of a section: "So far: …", after an arrow icon. */
export function SoFar({ children }: { children?: ReactNode }) {
  return (
    <div data-so-far className="my-6 rounded-lg bg-surface-2 px-4 py-3 [&>p]:my-0">
      <p className="!mb-1 text-sm font-bold">
        <ArrowRight aria-hidden="true" className={LEAD_ICON} />So far
      </p>
      {children}
    </div>
  );
}

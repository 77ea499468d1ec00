import { CircleCheck, Search, Stethoscope, Wrench, type LucideIcon } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";

const STEPS: Record<AttributesOf<"ScenarioStep">["kind"], { icon: LucideIcon; label: string }> = {
  cause: { icon: Search, label: "Likely cause" },
  diagnosis: { icon: Stethoscope, label: "Diagnosis" },
  fix: { icon: Wrench, label: "Fix" },
  verify: { icon: CircleCheck, label: "Verify" },
};

export function ScenarioStep({ kind, children }: AttributesOf<"ScenarioStep"> & { children?: ReactNode }) {
  const step = STEPS[kind];
  const Glyph = step.icon;
  return (
    <div data-scenario-step={kind} className="mt-4 border-l-2 border-line-soft pl-4 [&>p]:my-1">
      <h4 className="font-bold">
        <Glyph aria-hidden="true" className={LEAD_ICON} />
        {step.label}
      </h4>
      {children}
    </div>
  );
}

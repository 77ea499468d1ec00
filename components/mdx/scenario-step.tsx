import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";

const STEPS: Record<AttributesOf<"ScenarioStep">["kind"], { icon: string; label: string }> = {
  cause: { icon: "🔍", label: "Likely cause" },
  diagnosis: { icon: "🩺", label: "Diagnosis" },
  fix: { icon: "🛠️", label: "Fix" },
  verify: { icon: "✅", label: "Verify" },
};

export function ScenarioStep({ kind, children }: AttributesOf<"ScenarioStep"> & { children?: ReactNode }) {
  const step = STEPS[kind];
  return (
    <div data-scenario-step={kind} className="mt-4 border-l-2 border-line-soft pl-4 [&>p]:my-1">
      <h4 className="font-bold">
        <span aria-hidden="true">{step.icon} </span>
        {step.label}
      </h4>
      {children}
    </div>
  );
}

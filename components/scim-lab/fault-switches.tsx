"use client";

import { useId } from "react";
import { FAULTS } from "@/lib/scim-lab/faults";
import { FAULT_NAMES, type FaultName, type Faults } from "@/lib/scim-lab/types";
import { panel, panelTitle } from "./styles";

/** "Break the app": one switch per fault, each with what breaks, what Okta records and the fix. */
export function FaultSwitches({ faults, onChange }: { faults: Faults; onChange: (name: FaultName, on: boolean) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className={panel}>
      <h3 id={`${id}-title`} className={panelTitle}>Break the app</h3>
      <ul className="mt-2 space-y-3">
        {FAULT_NAMES.map((name) => {
          const info = FAULTS[name];
          return (
            <li key={name}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  role="switch"
                  checked={faults[name]}
                  onChange={(e) => onChange(name, e.target.checked)}
                  aria-describedby={`${id}-${name}`}
                  className="size-6 shrink-0 accent-danger"
                />
                <span className="font-semibold">{info.label}</span>
              </label>
              <div id={`${id}-${name}`} className="ml-8 text-sm">
                <p>{info.breaks}</p>
                <p className="text-muted">
                  {info.records ? (
                    <>
                      Okta records: <code className="break-all">{info.records}</code>.{" "}
                    </>
                  ) : (
                    "Okta documents no System Log event for an app's 429. "
                  )}
                  {info.okta ? `${info.okta} ` : ""}Fix: {info.fix}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

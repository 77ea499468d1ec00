"use client";

import { useId, useState } from "react";
import { INTEGRATION_TYPES, type IntegrationType } from "@/lib/scim-lab/lab";
import { INTEGRATIONS } from "./integrations";
import { panel, panelTitle, primary } from "./styles";

/** Before the lab starts: which kind of integration connects Okta to the app. It can't be switched later. */
export function IntegrationPicker({ onPick, plain }: { onPick: (type: IntegrationType) => void; plain: boolean }) {
  const id = useId();
  const [choice, setChoice] = useState<IntegrationType>("aiw");
  return (
    <section aria-labelledby={`${id}-title`} className={panel}>
      <h3 id={`${id}-title`} className={panelTitle}>First, how is the app connected to Okta?</h3>
      <p className="mt-1 text-sm text-muted">
        {plain
          ? "Apps reach Okta in two ways: a company builds its own connection, or the app's maker publishes one in Okta's catalog. Each sends changes a little differently. Pick one; Reset lab lets you try another."
          : "The integration type decides how Okta sends updates; no admin setting changes it. Reset lab to try another."}
      </p>
      <fieldset className="mt-3">
        <legend className="sr-only">Integration type</legend>
        <div className="space-y-2">
          {INTEGRATION_TYPES.map((type) => (
            <label key={type} className="flex gap-2 rounded-lg border border-line-soft p-2">
              <input type="radio" name={`${id}-type`} value={type} checked={choice === type} onChange={() => setChoice(type)} className="mt-1 size-5 shrink-0 accent-accent" />
              <span>
                <span className="font-semibold">{INTEGRATIONS[type].label}</span>
                <span className="block text-sm text-muted">{plain ? INTEGRATIONS[type].plain : INTEGRATIONS[type].description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" onClick={() => onPick(choice)} className={`${primary} mt-3`}>
        Connect and start
      </button>
    </section>
  );
}

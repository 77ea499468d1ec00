"use client";

import { useId, useState } from "react";
import type { Lab } from "@/lib/scim-lab/lab";
import type { AdminAction } from "@/lib/scim-lab/okta-actions";
import { OKTA_PEOPLE, OKTA_PERSON_KEYS, PUSH_GROUP, type OktaPersonKey } from "@/lib/scim-lab/seed";
import { button, field, panel, panelTitle } from "./styles";

const ACTIONS: { action: AdminAction; label: string; forPerson: boolean }[] = [
  { action: "assign", label: "Assign user", forPerson: true },
  { action: "update", label: "Update profile", forPerson: true },
  { action: "unassign", label: "Unassign", forPerson: true },
  { action: "reactivate", label: "Reactivate", forPerson: true },
  { action: "pushGroup", label: "Push group", forPerson: false },
  { action: "addToGroup", label: "Add to pushed group", forPerson: true },
  { action: "import", label: "Import", forPerson: false },
];

function personState(lab: Lab, key: OktaPersonKey): string {
  const parts = [lab.okta.assigned[key] ? "assigned" : "not assigned"];
  if (lab.okta.linked[key]) parts.push("linked to an app account");
  if (lab.okta.groupMembers.includes(key)) parts.push(`in ${PUSH_GROUP.name}`);
  return parts.join(", ");
}

/** "Play Okta": the admin's actions, on the person picked, with the provisioning setting that shapes them. */
export function AdminActions({ lab, busy, onRun, onPatchSupport }: {
  lab: Lab;
  busy: boolean;
  onRun: (action: AdminAction, person: OktaPersonKey, label: string) => void;
  onPatchSupport: (on: boolean) => void;
}) {
  const [person, setPerson] = useState<OktaPersonKey>("jane");
  const personId = useId();
  return (
    <section aria-labelledby={`${personId}-title`} className={panel}>
      <h3 id={`${personId}-title`} className={panelTitle}>Play Okta</h3>
      <p className="mt-1 text-sm text-muted">You are the Okta admin. Each action sends exactly the requests Okta sends.</p>
      <label htmlFor={personId} className="mt-3 block text-sm font-semibold">Okta user</label>
      <select id={personId} value={person} onChange={(e) => setPerson(e.target.value as OktaPersonKey)} className={field}>
        {OKTA_PERSON_KEYS.map((key) => (
          <option key={key} value={key}>
            {OKTA_PEOPLE[key].firstName} {lab.okta.lastName[key]} ({OKTA_PEOPLE[key].login})
          </option>
        ))}
      </select>
      <p className="mt-1 text-sm text-muted">{OKTA_PEOPLE[person].firstName}: {personState(lab, person)}.</p>
      <div role="group" aria-label="Admin actions" className="mt-3 flex flex-wrap gap-2">
        {ACTIONS.map(({ action, label, forPerson }) => (
          <button key={action} type="button" aria-disabled={busy} onClick={() => !busy && onRun(action, person, forPerson ? `${label} (${OKTA_PEOPLE[person].login})` : label)} className={button}>
            {label}
          </button>
        ))}
      </div>
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={lab.okta.patchSupport} onChange={(e) => onPatchSupport(e.target.checked)} className="size-6 shrink-0 accent-accent" />
        <span>
          <strong>Support PATCH for User</strong> (Okta provisioning setting). Off: updates are GET then PUT, as for apps built with the older
          App Integration Wizard. On: updates and (de)activation are PATCH.
        </span>
      </label>
    </section>
  );
}

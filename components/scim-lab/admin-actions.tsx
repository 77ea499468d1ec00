"use client";

import { useId, useState } from "react";
import type { Lab, LogEntry } from "@/lib/scim-lab/lab";
import type { AdminAction } from "@/lib/scim-lab/okta-actions";
import { OKTA_PEOPLE, OKTA_PERSON_KEYS, PUSH_GROUP, type OktaPersonKey } from "@/lib/scim-lab/seed";
import { MAX_RETRIES, nextRetryAt, openTask } from "@/lib/scim-lab/tasks";
import { INTEGRATIONS } from "./integrations";
import { button, field, panel, panelTitle } from "./styles";
import { Timeline } from "./timeline";
import { useReveal } from "./use-reveal";

const PERSON: { action: AdminAction; label: string }[] = [
  { action: "assign", label: "Assign user" },
  { action: "update", label: "Update profile" },
  { action: "unassign", label: "Unassign" },
  { action: "import", label: "Import" },
];
const GROUP: { action: AdminAction; label: string; pushed?: boolean }[] = [
  { action: "pushGroup", label: "Push group" },
  { action: "addToGroup", label: "Add to pushed group" },
  { action: "removeFromGroup", label: "Remove from pushed group" },
  { action: "unlinkDelete", label: "Unlink: delete the group in the app", pushed: true },
  { action: "unlinkLeave", label: "Unlink: leave the group in the app", pushed: true },
];

function personState(lab: Lab, key: OktaPersonKey): string {
  const pending = openTask(lab, "unassign", key);
  const parts = [lab.okta.assigned[key] ? (pending ? "assigned — its unassignment is a pending task, the app account is still active" : "assigned") : "not assigned"];
  if (lab.okta.linked[key]) parts.push("linked to an app account");
  if (lab.okta.groupMembers.includes(key)) parts.push(`in the Okta group ${PUSH_GROUP.name}`);
  return parts.join(", ");
}

/** Okta's Tasks: paused tasks with their countdown on the lab clock, failed ones with Retry. */
function Tasks({ lab, busy, onRetry, onFastForward }: { lab: Lab; busy: boolean; onRetry: (id: number) => void; onFastForward: () => void }) {
  const next = nextRetryAt(lab);
  return (
    <div className="mt-3" data-tasks>
      <h4 className="font-bold">Tasks <span className="font-normal text-muted">(lab clock: {lab.okta.clock} s)</span></h4>
      {lab.okta.tasks.length === 0 ? (
        <p className="text-sm text-muted">No open tasks.</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {lab.okta.tasks.map((task) => (
            <li key={task.id} className="rounded-md border border-line-soft p-2" data-task-status={task.status}>
              <p className="font-semibold">{task.label}</p>
              <p className="break-words text-muted">{task.reason}</p>
              {task.status === "retrying" ? (
                <p>
                  Paused: rate limited. Okta retries by itself in <strong>{(task.nextAt ?? 0) - lab.okta.clock} s</strong> (retry {task.retries + 1} of {MAX_RETRIES}).
                </p>
              ) : (
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-danger">Failed{task.retries >= MAX_RETRIES ? ` after ${MAX_RETRIES} automatic retries` : ""}.</span>
                  <button type="button" aria-disabled={busy} onClick={() => !busy && onRetry(task.id)} className={button} aria-label={`Retry: ${task.label}`}>
                    Retry
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {next !== undefined && (
        <button type="button" aria-disabled={busy} onClick={() => !busy && onFastForward()} className={`${button} mt-2`}>
          Fast-forward the lab clock {next - lab.okta.clock} s to the next retry
        </button>
      )}
    </div>
  );
}

/** "Play Okta": the admin's actions on the person picked, what Okta sent for the last one, and Okta's tasks. */
export function AdminActions({ lab, busy, last, onRun, onRetry, onFastForward }: {
  lab: Lab;
  busy: boolean;
  last: LogEntry | null;
  onRun: (action: AdminAction, person: OktaPersonKey) => void;
  onRetry: (taskId: number) => void;
  onFastForward: () => void;
}) {
  const [person, setPerson] = useState<OktaPersonKey>("jane");
  const personId = useId();
  const result = useReveal<HTMLDivElement>(last?.key);
  const integration = lab.okta.integration ? INTEGRATIONS[lab.okta.integration] : null;
  const render = (items: { action: AdminAction; label: string; pushed?: boolean }[]) =>
    items
      .filter((item) => !item.pushed || lab.okta.pushedGroupId)
      .map(({ action, label }) => (
        <button key={action} type="button" aria-disabled={busy} onClick={() => !busy && onRun(action, person)} className={button}>
          {label}
        </button>
      ));
  return (
    <section aria-labelledby={`${personId}-title`} className={panel}>
      <h3 id={`${personId}-title`} className={panelTitle}>Play Okta</h3>
      <p className="mt-1 text-sm text-muted">
        You are the Okta admin. Integration: <strong className="text-ink">{integration?.label}</strong>.
      </p>
      <label htmlFor={personId} className="mt-2 block text-sm font-semibold">Okta user</label>
      <select id={personId} value={person} onChange={(e) => setPerson(e.target.value as OktaPersonKey)} className={field}>
        {OKTA_PERSON_KEYS.map((key) => (
          <option key={key} value={key}>
            {OKTA_PEOPLE[key].firstName} {lab.okta.lastName[key]} ({OKTA_PEOPLE[key].login})
          </option>
        ))}
      </select>
      <p className="mt-1 text-sm text-muted">{OKTA_PEOPLE[person].firstName}: {personState(lab, person)}.</p>
      <div role="group" aria-label="Admin actions" className="mt-2 flex flex-wrap gap-2">
        {render(PERSON)}
      </div>
      <div role="group" aria-label={`Group Push (${PUSH_GROUP.name})`} className="mt-2 flex flex-wrap gap-2">
        {render(GROUP)}
      </div>
      <div ref={result} role="region" aria-label="What Okta sent" className="mt-3 scroll-mt-20 scroll-mb-4 rounded-md border border-line-soft bg-surface p-2">
        {last ? <Timeline entry={last} /> : <p className="text-sm text-muted">Each action shows here: every request Okta sends, the app&apos;s answers and the System Log.</p>}
      </div>
      <Tasks lab={lab} busy={busy} onRetry={onRetry} onFastForward={onFastForward} />
    </section>
  );
}

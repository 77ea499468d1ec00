"use client";

import { useEffect, useRef } from "react";
import { AdminActions } from "./admin-actions";
import { AppAccounts } from "./app-accounts";
import { ChallengeList } from "./challenge-list";
import { ExchangeLog } from "./exchange-log";
import { FaultSwitches } from "./fault-switches";
import { RequestForm } from "./request-form";
import { ResponseView } from "./response-view";
import "./scim-lab.css";
import { button } from "./styles";
import { SystemLog } from "./system-log";
import type { ScimLabConfig } from "./types";
import { useLab } from "./use-lab";

/** The running lab: Okta on one side, the app on the other, and what passed between them. */
export function LabPanel({ config }: { config: ScimLabConfig }) {
  const { lab, log, last, announcement, busy, run, send, setFault, setPatchSupport, reset } = useLab(config);
  const heading = useRef<HTMLHeadingElement>(null);
  // The start button is gone: focus lands on the lab it opened.
  useEffect(() => heading.current?.focus(), []);
  const id = config.id;
  return (
    <div data-lab-running className="space-y-4">
      <h3 ref={heading} tabIndex={-1} className="sr-only">The lab is running</h3>
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
      <ChallengeList id={id} challenges={config.challenges} />
      <AdminActions lab={lab} busy={busy} onRun={(action, person, label) => void run(action, person, label)} onPatchSupport={setPatchSupport} />
      <FaultSwitches faults={lab.faults} onChange={setFault} />
      <ResponseView id={id} exchange={last} />
      <SystemLog id={id} entries={log} />
      <RequestForm lab={lab} busy={busy} onSend={(request) => void send(request)} answer={log[0]?.source === "You" ? last : null} responseId={`${id}-response-title`} />
      <AppAccounts id={id} lab={lab} />
      <ExchangeLog id={id} entries={log} />
      <button type="button" onClick={reset} className={button}>Reset lab</button>
    </div>
  );
}

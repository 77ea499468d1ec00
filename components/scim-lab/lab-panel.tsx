"use client";

import { useEffect, useRef } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { AdminActions } from "./admin-actions";
import { AppAccounts } from "./app-accounts";
import { ChallengeList } from "./challenge-list";
import { ExchangeLog } from "./exchange-log";
import { FaultSwitches } from "./fault-switches";
import { IntegrationPicker } from "./integration-picker";
import { RequestForm } from "./request-form";
import "./scim-lab.css";
import { SpecTest } from "./spec-test";
import { button } from "./styles";
import { SystemLog } from "./system-log";
import type { ScimLabConfig } from "./types";
import { useLab } from "./use-lab";

export const RESET_TEXT =
  "Reset lab puts the app back to its starting accounts and group, and clears Okta's side (assignments, links, the pushed group, tasks and the lab clock), the logs and every fault; then you pick the integration type again. Your challenge ticks stay.";

/** The running lab: Okta on one side, the app on the other (side by side on a wide screen), each result beside its control. */
export function LabPanel({ config }: { config: ScimLabConfig }) {
  const { lab, log, lastOkta, lastYou, createdId, suite, announcement, busy, run, retry, fastForward, send, runTests, setFault, pickIntegration, reset } = useLab(config);
  const plain = useProgress((s) => s.level) === "L1";
  const heading = useRef<HTMLHeadingElement>(null);
  // The start button is gone: focus lands on the lab it opened.
  useEffect(() => heading.current?.focus(), []);
  const id = config.id;
  return (
    <div data-lab-running className="space-y-4">
      <h3 ref={heading} tabIndex={-1} className="sr-only">The lab is running</h3>
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
      {!lab.okta.integration ? (
        <IntegrationPicker onPick={pickIntegration} plain={plain} />
      ) : (
        <>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="min-w-0 space-y-4" data-lab-side="okta">
              <AdminActions lab={lab} busy={busy} last={lastOkta} onRun={(action, person) => void run(action, person)} onRetry={(taskId) => void retry(taskId)} onFastForward={() => void fastForward()} />
              <SpecTest result={suite} busy={busy} caseSensitive={lab.faults.caseSensitiveLookup} onRun={(which) => void runTests(which)} />
              <SystemLog id={id} entries={log} />
            </div>
            <div className="min-w-0 space-y-4" data-lab-side="app">
              <FaultSwitches faults={lab.faults} onChange={setFault} />
              <RequestForm id={id} lab={lab} busy={busy} onSend={(request) => void send(request)} answer={lastYou} created={createdId} />
              <AppAccounts id={id} lab={lab} />
            </div>
          </div>
          <ChallengeList id={id} challenges={config.challenges} />
          <ExchangeLog id={id} entries={log} />
        </>
      )}
      <div className="space-y-2">
        <p id={`${id}-reset-what`} className="text-sm text-muted">{RESET_TEXT}</p>
        <button type="button" onClick={reset} aria-describedby={`${id}-reset-what`} className={button}>Reset lab</button>
      </div>
    </div>
  );
}

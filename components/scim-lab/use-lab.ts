"use client";

/**
 * The lab's state for the widget: the lab itself (mutable, so each change bumps a version), the
 * log of everything sent, the last Okta action, the last request the learner sent, the last suite
 * run and the live-region message. The lab is saved with the learner's progress after every change
 * and restored from it on start; completed challenges are saved as soon as the app's state meets them.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useProgressStore } from "@/components/progress/progress-provider";
import { completedNow } from "@/lib/scim-lab/challenges";
import { statusLine } from "@/lib/scim-lab/http";
import { createLab, setFault as setLabFault, setIntegration, type ActionResult, type IntegrationType, type LogEntry } from "@/lib/scim-lab/lab";
import type { AdminAction } from "@/lib/scim-lab/okta-actions";
import { runSuite, type SuiteResult } from "@/lib/scim-lab/okta-test-runner";
import type { OktaTestSuite } from "@/lib/scim-lab/okta-tests";
import { restoreLab, saveLab } from "@/lib/scim-lab/persist";
import type { OktaPersonKey } from "@/lib/scim-lab/seed";
import { handle } from "@/lib/scim-lab/service-provider";
import { actionLabel, fastForward as labFastForward, retryTask as labRetryTask, runAction } from "@/lib/scim-lab/tasks";
import type { FaultName, ScimRequest } from "@/lib/scim-lab/types";
import type { ScimLabConfig } from "./types";

const MAX_LOG = 40;

export function useLab(config: ScimLabConfig) {
  const progress = useProgressStore();
  const [initial] = useState(() => restoreLab(progress.getState().labState, config.accounts));
  // The lab is mutated in place by actions and requests (as a server's database would be); `bump` re-renders.
  const [lab, setLab] = useState(() => initial?.lab ?? createLab(config.accounts));
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  const [log, setLog] = useState<LogEntry[]>(() => initial?.log ?? []);
  const [suite, setSuite] = useState<SuiteResult | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(Math.max(0, ...(initial?.log ?? []).map((e) => e.key)) + 1);

  // Saved on this device with the learner's progress, after every change.
  useEffect(() => {
    progress.setState({ labState: saveLab(lab, log) });
  }, [lab, log, tick, progress]);

  const record = useCallback(
    (source: string, result: ActionResult) => {
      const key = nextKey.current++;
      setLog((entries) => [{ ...result, key, source }, ...entries].slice(0, MAX_LOG));
      const final = result.exchanges.at(-1);
      const event = result.events.at(-1);
      const answer = final ? `${final.request.method} answered ${statusLine(final.response)}.` : "";
      // The same text twice would not be re-announced; the entry number keeps each one distinct.
      setAnnouncement(`${key}. ${answer}${event ? ` System Log: ${event.eventType}, ${event.outcome}.` : ""}${result.note ? ` ${result.note}` : ""}`);
      progress.getState().markLabDone(completedNow(lab, config.challenges));
      bump();
    },
    [config.challenges, lab, progress],
  );

  const guarded = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  const run = useCallback(
    (action: AdminAction, person: OktaPersonKey) => guarded(async () => record(`Okta: ${actionLabel(action, person)}`, await runAction(lab, action, person))),
    [guarded, lab, record],
  );

  const retry = useCallback(
    (taskId: number) =>
      guarded(async () => {
        const task = lab.okta.tasks.find((t) => t.id === taskId);
        const result = await labRetryTask(lab, taskId);
        if (task && result) record(`Okta: Retry of task "${task.label}"`, result);
      }),
    [guarded, lab, record],
  );

  const fastForward = useCallback(
    () =>
      guarded(async () => {
        for (const { task, result } of await labFastForward(lab)) record(`Okta: automatic retry of "${task.label}" at lab time ${lab.okta.clock} s`, result);
      }),
    [guarded, lab, record],
  );

  const send = useCallback(
    (request: ScimRequest) =>
      guarded(async () => {
        const response = await handle(lab.store, request, lab.faults);
        record("You", { exchanges: [{ request, response }], events: [] });
      }),
    [guarded, lab, record],
  );

  const runTests = useCallback(
    (which: OktaTestSuite) =>
      guarded(async () => {
        const result = await runSuite(lab, which);
        setSuite(result);
        const failed = result.steps.filter((s) => !s.pass).length;
        record(`Okta's suite: ${which.name}`, { exchanges: result.steps.flatMap((s) => s.exchanges), events: [], note: failed ? `${failed} step(s) failed.` : "Every step passed." });
      }),
    [guarded, lab, record],
  );

  const setFault = useCallback(
    (name: FaultName, on: boolean) => {
      setLabFault(lab, name, on);
      bump();
    },
    [lab],
  );

  const pickIntegration = useCallback(
    (integration: IntegrationType) => {
      setIntegration(lab, integration);
      bump();
    },
    [lab],
  );

  const reset = useCallback(() => {
    setLab(createLab(config.accounts));
    setLog([]);
    setSuite(null);
    setAnnouncement("The lab is reset: the app holds its starting accounts, Okta's side, tasks, logs and faults are cleared, and you pick the integration type again. Your challenge ticks stay.");
    bump();
  }, [config.accounts]);

  const lastOkta = log.find((e) => e.source !== "You" && !e.source.startsWith("Okta's suite")) ?? null;
  const lastYou = log.find((e) => e.source === "You") ?? null;
  const createdByYou = log.find((e) => e.source === "You" && e.exchanges[0]?.request.method === "POST" && e.exchanges[0]?.response.status === 201);
  const createdId = (createdByYou?.exchanges[0]?.response.body as { id?: string } | undefined)?.id;
  return { lab, log, lastOkta, lastYou, createdId, suite, announcement, busy, run, retry, fastForward, send, runTests, setFault, pickIntegration, reset };
}

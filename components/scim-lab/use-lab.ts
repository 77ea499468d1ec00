"use client";

/**
 * The lab's state for the widget: the lab itself (mutable, so each change bumps a version), the
 * log of everything sent, the last answer, and the live-region message. Completed challenges are
 * saved with the learner's progress as soon as the app's state meets them.
 */
import { useCallback, useReducer, useRef, useState } from "react";
import { useProgressStore } from "@/components/progress/progress-provider";
import { completedNow } from "@/lib/scim-lab/challenges";
import { statusLine } from "@/lib/scim-lab/http";
import { createLab, setFault as setLabFault, setPatchSupport as setLabPatchSupport, type ActionResult } from "@/lib/scim-lab/lab";
import { runAction, type AdminAction } from "@/lib/scim-lab/okta-actions";
import type { OktaPersonKey } from "@/lib/scim-lab/seed";
import { handle } from "@/lib/scim-lab/service-provider";
import type { Exchange, FaultName, ScimRequest } from "@/lib/scim-lab/types";
import type { LogEntry, ScimLabConfig } from "./types";

const MAX_LOG = 40;

export function useLab(config: ScimLabConfig) {
  const progress = useProgressStore();
  // The lab is mutated in place by actions and requests (as a server's database would be); `bump` re-renders.
  const [lab, setLab] = useState(() => createLab(config.accounts));
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [last, setLast] = useState<Exchange | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);

  const record = useCallback(
    (source: string, result: ActionResult) => {
      const key = nextKey.current++;
      setLog((entries) => [{ ...result, key, source }, ...entries].slice(0, MAX_LOG));
      const final = result.exchanges.at(-1) ?? null;
      if (final) setLast(final);
      const event = result.events.at(-1);
      const answer = final ? `${final.request.method} answered ${statusLine(final.response)}.` : (result.note ?? "");
      // The same text twice would not be re-announced; the entry number keeps each one distinct.
      setAnnouncement(`${key}. ${answer}${event ? ` System Log: ${event.eventType}, ${event.outcome}.` : ""}`);
      progress.getState().markLabDone(completedNow(lab, config.challenges));
      bump();
    },
    [config.challenges, lab, progress],
  );

  const run = useCallback(
    async (action: AdminAction, person: OktaPersonKey, label: string) => {
      setBusy(true);
      try {
        record(`Okta: ${label}`, await runAction(lab, action, person));
      } finally {
        setBusy(false);
      }
    },
    [lab, record],
  );

  const send = useCallback(
    async (request: ScimRequest) => {
      setBusy(true);
      try {
        const response = await handle(lab.store, request, lab.faults);
        record("You", { exchanges: [{ request, response }], events: [] });
      } finally {
        setBusy(false);
      }
    },
    [lab, record],
  );

  const setFault = useCallback(
    (name: FaultName, on: boolean) => {
      setLabFault(lab, name, on);
      bump();
    },
    [lab],
  );

  const setPatchSupport = useCallback(
    (on: boolean) => {
      setLabPatchSupport(lab, on);
      bump();
    },
    [lab],
  );

  const reset = useCallback(() => {
    setLab(createLab(config.accounts));
    setLog([]);
    setLast(null);
    setAnnouncement("The lab is reset: the app holds its starting accounts and every fault is off.");
    bump();
  }, [config.accounts]);

  return { lab, log, last, announcement, busy, run, send, setFault, setPatchSupport, reset };
}

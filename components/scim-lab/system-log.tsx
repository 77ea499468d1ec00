"use client";

import { panel, panelTitle } from "./styles";
import type { LogEntry } from "./types";

/** What Okta's System Log would show for each admin action, newest first. */
export function SystemLog({ id, entries }: { id: string; entries: LogEntry[] }) {
  const events = entries.flatMap((entry) => [...entry.events].reverse().map((event, i) => ({ ...event, key: `${entry.key}-${i}` })));
  return (
    <section aria-labelledby={`${id}-syslog-title`} className={panel}>
      <h3 id={`${id}-syslog-title`} className={panelTitle}>System Log</h3>
      {events.length === 0 && <p className="mt-1 text-sm text-muted">No events yet. Requests you send yourself are not Okta&apos;s, so they log nothing here.</p>}
      <ol className="mt-2 space-y-2" data-system-log>
        {events.map((event) => (
          <li key={event.key} className="border-t border-line-soft pt-2 text-sm">
            <p>
              <code className="font-semibold break-all">{event.eventType}</code>{" "}
              <span className={`rounded px-1.5 text-xs font-bold ${event.outcome === "SUCCESS" ? "bg-success-soft text-success" : "bg-danger-soft text-danger"}`}>{event.outcome}</span>
            </p>
            <p className="text-muted">
              {event.target}: {event.message}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

"use client";

import { panel, panelTitle } from "./styles";
import { ExchangeItem } from "./timeline";
import type { LogEntry } from "./types";

/** Every request sent, newest first, grouped by what sent it; each pair opens to its full text. */
export function ExchangeLog({ id, entries }: { id: string; entries: LogEntry[] }) {
  return (
    <section aria-labelledby={`${id}-log-title`} className={panel}>
      <h3 id={`${id}-log-title`} className={panelTitle}>Requests and responses</h3>
      {entries.length === 0 && <p className="mt-1 text-sm text-muted">Empty so far.</p>}
      <ol className="mt-2 space-y-3" data-exchange-log>
        {entries.map((entry) => (
          <li key={entry.key} className="border-t border-line-soft pt-2">
            <p className="text-sm font-semibold">{entry.source}</p>
            {entry.note && <p className="text-sm">{entry.note}</p>}
            <ol className="mt-1 space-y-1">
              {entry.exchanges.map((exchange, i) => (
                <li key={i}>
                  <ExchangeItem exchange={exchange} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

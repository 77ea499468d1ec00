"use client";

import { statusLine } from "@/lib/scim-lab/http";
import { headerLines, prettyBody } from "./response-view";
import { code, panel, panelTitle } from "./styles";
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
              {entry.exchanges.map(({ request, response }, i) => (
                <li key={i}>
                  <details>
                    <summary className="cursor-pointer py-1 font-mono text-[0.8rem] break-all">
                      {request.method} {request.path} → {response.status} {response.statusText}
                    </summary>
                    <pre className={code}>{`${request.method} ${request.path} HTTP/1.1\n${headerLines(request.headers)}${request.body ? `\n\n${request.body}` : ""}`}</pre>
                    <pre className={code}>{`${statusLine(response)}\n${headerLines(response.headers)}${response.body !== undefined ? `\n\n${prettyBody(response.body)}` : ""}`}</pre>
                  </details>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

"use client";

import { statusLine } from "@/lib/scim-lab/http";
import type { Exchange } from "@/lib/scim-lab/types";
import { code, panel, panelTitle } from "./styles";

export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\n");
}

export function prettyBody(body: unknown): string {
  return body === undefined ? "" : JSON.stringify(body, null, 2);
}

/** The region named "Response": status line, headers and the pretty-printed body of the last answer. */
export function ResponseView({ id, exchange }: { id: string; exchange: Exchange | null }) {
  const response = exchange?.response;
  return (
    <section aria-labelledby={`${id}-response-title`} className={panel}>
      <h3 id={`${id}-response-title`} className={panelTitle}>Response</h3>
      {!response || !exchange ? (
        <p className="mt-1 text-sm text-muted">Nothing sent yet. Play an Okta action or send a request.</p>
      ) : (
        <>
          <p className="mt-1 text-sm">
            To <code className="break-all">{exchange.request.method} {exchange.request.path}</code>
          </p>
          <pre data-status-line className={`${code} font-bold ${response.status >= 400 ? "text-danger" : "text-success"}`}>{statusLine(response)}</pre>
          {Object.keys(response.headers).length > 0 && <pre className={code}>{headerLines(response.headers)}</pre>}
          {response.body !== undefined && <pre className={code}>{prettyBody(response.body)}</pre>}
        </>
      )}
    </section>
  );
}

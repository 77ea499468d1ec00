"use client";

import { useState } from "react";
import { toCurl } from "@/lib/scim-lab/curl";
import { statusLine } from "@/lib/scim-lab/http";
import type { LogEntry } from "@/lib/scim-lab/lab";
import type { Exchange, ScimRequest } from "@/lib/scim-lab/types";
import { headerLines, prettyBody } from "./wire";
import { code } from "./styles";

/** "Copy as cURL": the command goes to the clipboard, or is shown to select when the clipboard is refused. */
export function CopyCurl({ request }: { request: ScimRequest }) {
  const [state, setState] = useState<"idle" | "copied" | "shown">("idle");
  const command = toCurl(request);
  const copy = () => {
    if (!navigator.clipboard) return setState("shown");
    navigator.clipboard.writeText(command).then(
      () => setState("copied"),
      () => setState("shown"),
    );
  };
  return (
    <div className="mt-1">
      <button type="button" onClick={copy} className="min-h-11 rounded-lg border border-line bg-surface px-3 text-sm font-semibold text-ink hover:border-accent">
        Copy as cURL
      </button>
      <span role="status" className="ml-2 text-sm text-muted">{state === "copied" ? "Copied." : state === "shown" ? "The clipboard is not available: select the command below." : ""}</span>
      {state === "shown" && <pre className={code}>{command}</pre>}
    </div>
  );
}

const tone = (status: number) => (status >= 400 ? "text-danger" : "text-success");

/** One exchange: its line (method, path, status) opening to the full request and response. */
export function ExchangeItem({ exchange, index }: { exchange: Exchange; index?: number }) {
  const { request, response } = exchange;
  return (
    <details>
      <summary className="cursor-pointer py-1 font-mono text-[0.8rem] break-all">
        {index !== undefined && <span className="text-muted">{index + 1}. </span>}
        {request.method} {request.path} → <span className={`font-bold ${tone(response.status)}`}>{response.status} {response.statusText}</span>
      </summary>
      <pre className={code}>{`${request.method} ${request.path} HTTP/1.1\n${headerLines(request.headers)}${request.body ? `\n\n${request.body}` : ""}`}</pre>
      <pre className={code}>{`${statusLine(response)}\n${headerLines(response.headers)}${response.body !== undefined ? `\n\n${prettyBody(response.body)}` : ""}`}</pre>
      <CopyCurl request={request} />
    </details>
  );
}

/** Everything one action did, in order: each request with its answer, the System Log events, and why. */
export function Timeline({ entry }: { entry: LogEntry }) {
  return (
    <div data-timeline>
      <p className="text-sm font-semibold">{entry.source}</p>
      {entry.exchanges.length > 0 && (
        <ol className="mt-1 space-y-0.5" aria-label="Requests, in order">
          {entry.exchanges.map((exchange, i) => (
            <li key={i}>
              <ExchangeItem exchange={exchange} index={i} />
            </li>
          ))}
        </ol>
      )}
      {entry.events.length > 0 && (
        <ul className="mt-1 space-y-1 text-sm" aria-label="System Log events">
          {entry.events.map((event, i) => (
            <li key={i}>
              System Log: <code className="font-semibold break-all">{event.eventType}</code>{" "}
              <span className={`rounded px-1.5 text-xs font-bold ${event.outcome === "SUCCESS" ? "bg-success-soft text-success" : "bg-danger-soft text-danger"}`}>{event.outcome}</span>
              <span className="block text-muted">{event.message}</span>
            </li>
          ))}
        </ul>
      )}
      {entry.note && <p className="mt-1 text-sm">{entry.note}</p>}
    </div>
  );
}

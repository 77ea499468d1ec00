"use client";

import { useId, useState, type FormEvent } from "react";
import { requestExamples } from "@/lib/scim-lab/examples";
import type { Lab, LogEntry } from "@/lib/scim-lab/lab";
import { LAB_TOKEN } from "@/lib/scim-lab/seed";
import type { ScimRequest } from "@/lib/scim-lab/types";
import { ResponseView } from "./response-view";
import { button, field, panel, panelTitle, primary } from "./styles";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** "Send your own request": method, path, raw headers and body, prefilled from the lesson's payloads; the answer shows under it. */
export function RequestForm({ id, lab, busy, onSend, answer, created }: {
  id: string;
  lab: Lab;
  busy: boolean;
  onSend: (request: ScimRequest) => void;
  /** The last request sent from this form. */
  answer: LogEntry | null;
  /** The id of the user the learner created last, which the examples act on. */
  created?: string;
}) {
  const formId = useId();
  const examples = requestExamples(lab, created);
  const [example, setExample] = useState(0);
  const [method, setMethod] = useState(examples[0]?.method ?? "GET");
  const [path, setPath] = useState(examples[0]?.path ?? "/scim/v2/Users");
  const [body, setBody] = useState(examples[0]?.body ?? "");
  const [authorization, setAuthorization] = useState(`Bearer ${LAB_TOKEN}`);
  const [contentType, setContentType] = useState("application/scim+json");

  const prefill = () => {
    const chosen = examples[example];
    if (!chosen) return;
    setMethod(chosen.method);
    setPath(chosen.path);
    setBody(chosen.body);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const hasBody = body.trim() !== "" && method !== "GET" && method !== "DELETE";
    onSend({
      method,
      path,
      headers: {
        ...(authorization.trim() ? { Authorization: authorization.trim() } : {}),
        Accept: "application/scim+json",
        ...(hasBody && contentType.trim() ? { "Content-Type": contentType.trim() } : {}),
      },
      ...(hasBody ? { body } : {}),
    });
  };

  const exchange = answer?.exchanges[0] ?? null;
  const missingScheme = exchange?.response.status === 401 && !/^bearer\s/i.test(exchange.request.headers.Authorization ?? "");
  return (
    <section aria-labelledby={`${formId}-title`} className={panel}>
      <h3 id={`${formId}-title`} className={panelTitle}>Send your own request</h3>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor={`${formId}-example`} className="block text-sm font-semibold">Example</label>
          <select id={`${formId}-example`} value={example} onChange={(e) => setExample(Number(e.target.value))} className={field}>
            {examples.map((ex, i) => (
              <option key={ex.label} value={i}>{ex.label}</option>
            ))}
          </select>
        </div>
        <button type="button" onClick={prefill} className={button}>Use this example</button>
      </div>
      <form onSubmit={submit} className="mt-3 space-y-2" aria-labelledby={`${formId}-title`}>
        <div className="flex flex-wrap gap-2">
          <div>
            <label htmlFor={`${formId}-method`} className="block text-sm font-semibold">Method</label>
            <select id={`${formId}-method`} value={method} onChange={(e) => setMethod(e.target.value)} className={field}>
              {METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </div>
          <div className="min-w-0 grow basis-56">
            <label htmlFor={`${formId}-path`} className="block text-sm font-semibold">Path</label>
            <input id={`${formId}-path`} value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoComplete="off" className={`${field} font-mono text-sm`} />
          </div>
        </div>
        <div>
          <label htmlFor={`${formId}-auth`} className="block text-sm font-semibold">Authorization header</label>
          <input id={`${formId}-auth`} value={authorization} onChange={(e) => setAuthorization(e.target.value)} spellCheck={false} autoComplete="off" className={`${field} font-mono text-sm`} />
        </div>
        <div>
          <label htmlFor={`${formId}-type`} className="block text-sm font-semibold">Content-Type header</label>
          <input id={`${formId}-type`} value={contentType} onChange={(e) => setContentType(e.target.value)} spellCheck={false} autoComplete="off" className={`${field} font-mono text-sm`} />
        </div>
        <div>
          <label htmlFor={`${formId}-body`} className="block text-sm font-semibold">Body</label>
          <textarea id={`${formId}-body`} value={body} onChange={(e) => setBody(e.target.value)} rows={6} spellCheck={false} className={`${field} font-mono text-[0.8rem]`} />
        </div>
        <button type="submit" aria-disabled={busy} className={primary}>Send</button>
      </form>
      {missingScheme && <p className="mt-2 text-sm font-semibold">The Authorization header needs its scheme: Bearer, a space, then the token.</p>}
      <ResponseView id={id} exchange={exchange} />
    </section>
  );
}

"use client";

import { useId, useState, type FormEvent } from "react";
import { requestExamples } from "@/lib/scim-lab/examples";
import { statusLine } from "@/lib/scim-lab/http";
import type { Lab } from "@/lib/scim-lab/lab";
import { LAB_TOKEN } from "@/lib/scim-lab/seed";
import type { Exchange, ScimRequest } from "@/lib/scim-lab/types";
import { button, field, panel, panelTitle, primary } from "./styles";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** "Send your own request": method, path, bearer token and body, prefilled from the lesson's payloads. */
export function RequestForm({ lab, busy, onSend, answer, responseId }: {
  lab: Lab;
  busy: boolean;
  onSend: (request: ScimRequest) => void;
  /** The answer to the last request sent from this form, if it is the latest exchange. */
  answer: Exchange | null;
  /** The Response heading, which shows the answer in full (above this form). */
  responseId: string;
}) {
  const id = useId();
  const examples = requestExamples(lab);
  const [example, setExample] = useState(0);
  const [method, setMethod] = useState(examples[0]?.method ?? "GET");
  const [path, setPath] = useState(examples[0]?.path ?? "/scim/v2/Users");
  const [body, setBody] = useState(examples[0]?.body ?? "");
  const [token, setToken] = useState(LAB_TOKEN);

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
        ...(token.trim() ? { Authorization: `Bearer ${token.trim()}` } : {}),
        Accept: "application/scim+json",
        ...(hasBody ? { "Content-Type": "application/scim+json" } : {}),
      },
      ...(hasBody ? { body } : {}),
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className={panel}>
      <h3 id={`${id}-title`} className={panelTitle}>Send your own request</h3>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor={`${id}-example`} className="block text-sm font-semibold">Example</label>
          <select id={`${id}-example`} value={example} onChange={(e) => setExample(Number(e.target.value))} className={field}>
            {examples.map((ex, i) => (
              <option key={ex.label} value={i}>{ex.label}</option>
            ))}
          </select>
        </div>
        <button type="button" onClick={prefill} className={button}>Use this example</button>
      </div>
      <form onSubmit={submit} className="mt-3 space-y-2" aria-labelledby={`${id}-title`}>
        <div className="flex flex-wrap gap-2">
          <div>
            <label htmlFor={`${id}-method`} className="block text-sm font-semibold">Method</label>
            <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value)} className={field}>
              {METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </div>
          <div className="min-w-0 grow basis-56">
            <label htmlFor={`${id}-path`} className="block text-sm font-semibold">Path</label>
            <input id={`${id}-path`} value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoComplete="off" className={`${field} font-mono text-sm`} />
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-token`} className="block text-sm font-semibold">Bearer token</label>
          <input id={`${id}-token`} value={token} onChange={(e) => setToken(e.target.value)} spellCheck={false} autoComplete="off" className={`${field} font-mono text-sm`} />
        </div>
        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-semibold">Body</label>
          <textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} rows={8} spellCheck={false} className={`${field} font-mono text-[0.8rem]`} />
        </div>
        <button type="submit" aria-disabled={busy} className={primary}>Send</button>
        {answer && (
          <p className="text-sm">
            Answer: <code className="font-semibold">{statusLine(answer.response)}</code>, in full under{" "}
            <a href={`#${responseId}`} className="text-accent underline">Response</a>.
          </p>
        )}
      </form>
    </section>
  );
}

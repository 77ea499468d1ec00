"use client";

import { useId } from "react";
import type { SuiteResult } from "@/lib/scim-lab/okta-test-runner";
import { CRUD_TEST, SPEC_TEST, type OktaTestSuite } from "@/lib/scim-lab/okta-tests";
import { button, panel, panelTitle } from "./styles";
import { ExchangeItem } from "./timeline";
import { useReveal } from "./use-reveal";

/** Okta's own SPEC and CRUD suites, replayed against the app, with every assertion's outcome. */
export function SpecTest({ result, busy, caseSensitive, onRun }: { result: SuiteResult | null; busy: boolean; caseSensitive: boolean; onRun: (suite: OktaTestSuite) => void }) {
  const id = useId();
  const ref = useReveal<HTMLDivElement>(result);
  const passed = result?.steps.filter((s) => s.pass).length ?? 0;
  const caseStep = result?.suite.id === "spec" ? result.steps.find((s) => /Case Sensitivity/.test(s.name)) : undefined;
  return (
    <section aria-labelledby={`${id}-title`} className={panel}>
      <h3 id={`${id}-title`} className={panelTitle}>Okta&apos;s own tests</h3>
      <p className="mt-1 text-sm text-muted">
        Okta publishes two Runscope test suites for a SCIM app: the SPEC test (requests straight to the app) and the CRUD test (Okta provisioning a random user into it). The lab replays their steps against this app.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" aria-disabled={busy} onClick={() => !busy && onRun(SPEC_TEST)} className={button}>Run Okta&apos;s spec test</button>
        <button type="button" aria-disabled={busy} onClick={() => !busy && onRun(CRUD_TEST)} className={button}>Run Okta&apos;s CRUD test</button>
      </div>
      <div ref={ref} role="region" aria-label="Test results" className="mt-3 scroll-mt-20 scroll-mb-4">
        {result && (
          <>
            <p className={`font-bold ${result.pass ? "text-success" : "text-danger"}`} data-suite-summary>
              {result.suite.name}: {passed} of {result.steps.length} steps pass{result.pass ? "." : " — see the failed assertions below."}
            </p>
            <p className="text-sm text-muted">
              Steps and assertions from <a href={result.suite.origin} className="break-all text-accent underline">{result.suite.origin}</a>.
            </p>
            {caseStep && caseSensitive && (
              <p className="mt-2 rounded-md border border-line bg-surface p-2 text-sm" data-case-lesson>
                The case check passed with the case-sensitive lookup on: it asserts only a 200, and the app answered 200 with no match. Now assign Sam: the same lookup misses Sam.Rivera@example.com and the create gets 409. Passing the suite does not prove the lookup ignores case.
              </p>
            )}
            <ol className="mt-2 space-y-2">
              {result.steps.map((step, i) => (
                <li key={i} data-step-pass={step.pass} className="border-t border-line-soft pt-1 text-sm">
                  <details open={!step.pass}>
                    <summary className="cursor-pointer py-1 font-semibold">
                      <span aria-hidden="true" className={step.pass ? "text-success" : "text-danger"}>{step.pass ? "✓ " : "✗ "}</span>
                      {step.name}
                      <span className="font-normal text-muted">
                        {step.assertions.length > 0 ? ` — ${step.assertions.filter((a) => a.pass).length} of ${step.assertions.length} assertions pass` : " — Okta step"}
                      </span>
                      <span className="sr-only">{step.pass ? " — passed" : " — failed"}</span>
                    </summary>
                    {step.oktaCall && <p className="text-muted">Okta API: <code className="break-all">{step.oktaCall}</code>{step.exchanges.length ? "; Okta then sent the app:" : "; Okta sends the app nothing."}</p>}
                    {step.assertions.length > 0 && (
                      <ul className="ml-4 list-disc">
                        {step.assertions.map((a, j) => (
                          <li key={j} className={a.pass ? "" : "text-danger"}>
                            <code className="break-all">{a.text}</code> — {a.pass ? "pass" : `fail, got ${a.actual}`}
                          </li>
                        ))}
                      </ul>
                    )}
                    {step.omitted && <p className="text-muted">{step.omitted}</p>}
                    {step.exchanges.map((exchange, j) => (
                      <ExchangeItem key={j} exchange={exchange} />
                    ))}
                  </details>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

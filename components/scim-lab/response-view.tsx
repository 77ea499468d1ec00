"use client";

import { statusLine } from "@/lib/scim-lab/http";
import type { Exchange } from "@/lib/scim-lab/types";
import { code } from "./styles";
import { CopyCurl } from "./timeline";
import { useReveal } from "./use-reveal";
import { headerLines, prettyBody } from "./wire";

/** The region named "Response", under the form: status line, headers and the pretty-printed body of the answer. */
export function ResponseView({ id, exchange }: { id: string; exchange: Exchange | null }) {
  const ref = useReveal<HTMLDivElement>(exchange);
  const response = exchange?.response;
  return (
    <div ref={ref} role="region" aria-labelledby={`${id}-response-title`} className="mt-3 scroll-mt-20 scroll-mb-4">
      <h4 id={`${id}-response-title`} className="font-bold">Response</h4>
      {!response || !exchange ? (
        <p className="mt-1 text-sm text-muted">Send a request: the app&apos;s answer shows here.</p>
      ) : (
        <>
          <pre data-status-line className={`${code} font-bold ${response.status >= 400 ? "text-danger" : "text-success"}`}>{statusLine(response)}</pre>
          {Object.keys(response.headers).length > 0 && <pre className={code}>{headerLines(response.headers)}</pre>}
          {response.body !== undefined && <pre className={code}>{prettyBody(response.body)}</pre>}
          <CopyCurl request={exchange.request} />
        </>
      )}
    </div>
  );
}

/**
 * How Okta's provisioning client talks to a SCIM app: the headers it sends and the System Log
 * event a failed call becomes. Shared by every admin action.
 */
import { LAB_TOKEN } from "./seed";
import { handle } from "./service-provider";
import type { Lab } from "./lab";
import type { Exchange, LogEvent, ScimRequest } from "./types";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/**
 * Sends one request as Okta would and records the exchange. The headers are the ones Okta's own
 * examples show, and only those: `User-Agent: Okta SCIM Client 1.0.0` and `Authorization`
 * (Okta Developer, "Okta and SCIM Version 2.0"; no example shows Accept or Content-Type).
 */
export async function send(lab: Lab, exchanges: Exchange[], method: string, path: string, body?: unknown): Promise<Exchange> {
  const request: ScimRequest = {
    method,
    path,
    headers: {
      "User-Agent": "Okta SCIM Client 1.0.0",
      Authorization: `Bearer ${LAB_TOKEN}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body, null, 2) }),
  };
  const exchange = { request, response: await handle(lab.store, request, lab.faults) };
  exchanges.push(exchange);
  return exchange;
}

/** Okta's existence check: `filter=<attribute> eq "<value>"`, paged with count=100, URL-encoded. */
export function filterPath(resource: "Users" | "Groups", attribute: string, value: string): string {
  const filter = encodeURIComponent(`${attribute} eq "${value}"`);
  return `/scim/v2/${resource}?filter=${filter}&startIndex=1&count=100`;
}

export const ok = (exchange: Exchange) => exchange.response.status >= 200 && exchange.response.status < 300;

/**
 * The answer's error detail, for the System Log's reason, without a closing full stop (the
 * server's detail often has one): callers end the sentence, so it never reads "expired.. Fix".
 */
function detail(exchange: Exchange): string {
  const body = exchange.response.body as { detail?: string } | undefined;
  const said = body?.detail?.trim().replace(/[.\s]+$/, "");
  return `${exchange.request.method} ${exchange.request.path.split("?")[0]} answered ${exchange.response.status} ${exchange.response.statusText}${said ? `: ${said}` : ""}`;
}

/**
 * The System Log entry for a failed call, or null for a 429: Okta pauses that task and retries it
 * by itself, and shows the rate limit on the task (Okta Developer, SCIM concepts, "Handle SCIM
 * server rate limiting"); no System Log event for an app's 429 is documented. A rejected token is
 * logged as an integration event, whatever the action was; anything else fails the action's own event.
 */
export function failure(exchange: Exchange, eventType: string, target: string): LogEvent | null {
  if (exchange.response.status === 429) return null;
  if (exchange.response.status === 401) {
    return { eventType: "application.integration.authentication_failure", outcome: "FAILURE", target, message: `${detail(exchange)}. Fix: generate a new token in the app and paste it into Okta's provisioning settings (Test API Credentials), then retry the task.` };
  }
  return { eventType, outcome: "FAILURE", target, message: `${detail(exchange)}.` };
}

/** The answer's status line and detail, for a task's reason. */
export { detail as failureDetail };

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

/** Sends one request as Okta would and records the exchange. */
export async function send(lab: Lab, exchanges: Exchange[], method: string, path: string, body?: unknown): Promise<Exchange> {
  const request: ScimRequest = {
    method,
    path,
    headers: {
      Authorization: `Bearer ${LAB_TOKEN}`,
      Accept: "application/scim+json",
      ...(body === undefined ? {} : { "Content-Type": "application/scim+json" }),
      "User-Agent": "Okta SCIM Client 1.0.0",
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
 * The System Log entry for a failed call. A rejected token and a rate limit are logged as
 * integration events, whatever the action was; anything else fails the action's own event.
 */
export function failure(exchange: Exchange, eventType: string, target: string): LogEvent {
  if (exchange.response.status === 401) {
    return { eventType: "application.integration.authentication_failure", outcome: "FAILURE", target, message: `${detail(exchange)}. Fix: generate a new token in the app and paste it into Okta's provisioning settings (Test API Credentials).` };
  }
  if (exchange.response.status === 429) {
    const wait = exchange.response.headers["Retry-After"];
    return { eventType: "application.integration.rate_limit_exceeded", outcome: "FAILURE", target, message: `${detail(exchange)} (Retry-After: ${wait} s). Fix: raise the app's limit for Okta's client, or retry the failed task once the window has passed.` };
  }
  return { eventType, outcome: "FAILURE", target, message: `${detail(exchange)}.` };
}

/** HTTP details the service provider needs: status texts, header lookup and SCIM error bodies. */
import type { ScimResponse } from "./types";

export const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  421: "Misdirected Request",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
};

export const SCIM_JSON = "application/scim+json";
export const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

/** A response; JSON bodies are typed `application/scim+json` (RFC 7644 §3.1). */
export function respond(status: number, body?: unknown, headers: Record<string, string> = {}): ScimResponse {
  return {
    status,
    statusText: STATUS_TEXT[status] ?? "",
    headers: body === undefined ? headers : { "Content-Type": SCIM_JSON, ...headers },
    ...(body === undefined ? {} : { body }),
  };
}

/** An RFC 7644 §3.12 error: `status` is a string, `scimType` only where the RFC defines one. */
export function scimError(status: number, detail: string, scimType?: string, headers: Record<string, string> = {}): ScimResponse {
  return respond(status, { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail }, headers);
}

export function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** The first line of the answer as it appears on the wire, e.g. `HTTP/1.1 201 Created`. */
export function statusLine(response: Pick<ScimResponse, "status" | "statusText">): string {
  return `HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd();
}

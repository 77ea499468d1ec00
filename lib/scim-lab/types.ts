/**
 * The shapes the SCIM lab passes around: an HTTP exchange with the in-page service provider,
 * the faults a learner can switch on, and the System Log events Okta would record.
 */

/** One HTTP request to the service provider, as Okta (or the learner) sends it. */
export interface ScimRequest {
  method: string;
  /** Path with query string, e.g. `/scim/v2/Users?filter=userName%20eq%20%22a%40b.c%22`. */
  path: string;
  /** Header names in any case; `Authorization: Bearer <token>` authenticates. */
  headers: Record<string, string>;
  /** The raw body text, exactly as sent (it may be invalid JSON). */
  body?: string;
}

/** The service provider's answer. `body` is parsed JSON, or undefined for 204. */
export interface ScimResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Exchange {
  request: ScimRequest;
  response: ScimResponse;
}

/** What the learner can break in the app. Each one is off in a healthy app. */
export interface Faults {
  /** The `userName` filter compares case-sensitively, though the attribute says `caseExact: false`. */
  caseSensitiveLookup: boolean;
  /** The app no longer accepts the bearer token Okta holds. */
  expiredToken: boolean;
  /** The app answers every request with 429 Too Many Requests. */
  rateLimit: boolean;
  /** The app does not implement PATCH (`patch.supported: false`). */
  noPatch: boolean;
}

export const FAULT_NAMES = ["caseSensitiveLookup", "expiredToken", "rateLimit", "noPatch"] as const satisfies readonly (keyof Faults)[];
export type FaultName = (typeof FAULT_NAMES)[number];

export const HEALTHY: Faults = { caseSensitiveLookup: false, expiredToken: false, rateLimit: false, noPatch: false };

/** One System Log entry, in the shape Okta's System Log shows it. */
export interface LogEvent {
  eventType: string;
  outcome: "SUCCESS" | "FAILURE";
  /** The Okta user or group the event is about. */
  target: string;
  /** What happened, in the words of the log's display message and reason. */
  message: string;
}

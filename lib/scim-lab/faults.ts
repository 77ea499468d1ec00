/** What each fault breaks, what Okta then records, and the fix: shown beside its switch. */
import type { FaultName } from "./types";

export interface FaultInfo {
  label: string;
  breaks: string;
  records: string;
  fix: string;
}

export const FAULTS: Record<FaultName, FaultInfo> = {
  caseSensitiveLookup: {
    label: "Case-sensitive userName lookup",
    breaks: "The filter GET compares userName with case, so sam.rivera@example.com misses the stale account Sam.Rivera@example.com; the POST then hits the app's unique index and gets 409 uniqueness.",
    records: "application.provision.user.push — FAILURE (409 Conflict)",
    fix: "Compare userName without case, as its schema says (caseExact: false). Okta's filter then finds the account and links it.",
  },
  expiredToken: {
    label: "Expired token",
    breaks: "Every request gets 401 Unauthorized with WWW-Authenticate: Bearer error=\"invalid_token\".",
    records: "application.integration.authentication_failure — FAILURE",
    fix: "Issue a new token in the app, paste it into Okta's provisioning settings and click Test API Credentials.",
  },
  rateLimit: {
    label: "Rate limiting",
    breaks: "Every request gets 429 Too Many Requests with Retry-After.",
    records: "application.integration.rate_limit_exceeded — FAILURE",
    fix: "Raise the app's limit for Okta's client, then retry the failed tasks.",
  },
  noPatch: {
    label: "No PATCH support",
    breaks: "/ServiceProviderConfig says patch.supported: false and PATCH gets 501 Not Implemented. Okta does not read that document: with \"Support PATCH for User\" on, its PATCH calls fail.",
    records: "application.provision.user.push_profile, .deactivate or .reactivate — FAILURE (501)",
    fix: "Turn \"Support PATCH for User\" off so Okta sends GET then PUT — or implement PATCH.",
  },
};

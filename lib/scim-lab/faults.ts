/** What each fault breaks, what Okta then records, and the fix: shown beside its switch. */
import type { FaultName } from "./types";

export interface FaultInfo {
  label: string;
  breaks: string;
  /** The System Log events Okta records, or "" when it records none for this fault. */
  records: string;
  /** What Okta does besides (tasks, retries). */
  okta?: string;
  fix: string;
}

export const FAULTS: Record<FaultName, FaultInfo> = {
  caseSensitiveLookup: {
    label: "Case-sensitive userName lookup",
    breaks: "The filter GET compares userName with case, so sam.rivera@example.com misses the stale account Sam.Rivera@example.com; the POST then hits the app's unique index and gets 409 uniqueness.",
    records: "application.provision.user.push — FAILURE (409 Conflict)",
    okta: "The assignment's task fails and waits for an admin's Retry.",
    fix: "Compare userName without case, as its schema says (caseExact: false). Okta's filter then finds the account and links it.",
  },
  expiredToken: {
    label: "Expired token",
    breaks: "Every request gets 401 Unauthorized with WWW-Authenticate: Bearer error=\"invalid_token\".",
    records: "application.integration.authentication_failure — FAILURE",
    okta: "The task fails and waits for an admin's Retry.",
    fix: "Issue a new token in the app, paste it into Okta's provisioning settings and click Test API Credentials.",
  },
  rateLimit: {
    label: "Rate limiting",
    breaks: "Every request gets 429 Too Many Requests with Retry-After: 60.",
    records: "",
    okta: "The task pauses with a rate-limit message and Okta retries it by itself: after Retry-After, then doubling waits, up to 10 retries.",
    fix: "Raise the app's limit for Okta's client. Only a task whose every retry failed needs an admin's Retry.",
  },
  noPatch: {
    label: "No PATCH support",
    breaks: "/ServiceProviderConfig says patch.supported: false and PATCH gets 501 Not Implemented. Okta does not read that document: an OIN integration still sends PATCH (an App Integration Wizard app never does).",
    records: "application.provision.user.push_profile, .deactivate, .reactivate or group_push.push_memberships — FAILURE (501)",
    okta: "The task fails and waits for an admin's Retry.",
    fix: "Implement PATCH in the app. For an OIN integration, the ISV can also ask Okta (account team or Okta forum) to switch it to PUT.",
  },
};

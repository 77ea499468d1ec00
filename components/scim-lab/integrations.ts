import type { IntegrationType } from "@/lib/scim-lab/lab";

/**
 * Each integration type as Okta's docs describe it ("Okta and SCIM Version 2.0"; "SCIM FAQs",
 * PATCH versus PUT). `plain` is the L1 wording, with no protocol words.
 */
export const INTEGRATIONS: Record<IntegrationType, { label: string; description: string; plain: string }> = {
  aiw: {
    label: "Custom app (App Integration Wizard)",
    description: "Every user update, activation and deactivation included, is a GET then a full PUT; group membership is a PUT of the whole group. It can't be switched to PATCH.",
    plain: "Your company built this connection itself. Okta rewrites the whole account each time something changes.",
  },
  "oin-guide": {
    label: "OIN integration, as the SCIM 2.0 guide describes it",
    description: "PATCH to activate and deactivate (and for password sync); every other profile update is a GET then a full PUT; group membership is a PATCH.",
    plain: "The app's maker published this connection in Okta's catalog. Okta switches accounts on and off with a small change, and rewrites the whole account for other changes.",
  },
  "oin-catalog": {
    label: "OIN integration, as the SCIM FAQ describes catalog templates",
    description: "PATCH for partial updates, profile changes included (Okta documents no body for a profile PATCH: the lab's is illustrative); the ISV can ask Okta to switch it to PUT.",
    plain: "The app's maker published this connection in Okta's catalog. Okta sends only what changed, every time.",
  },
};

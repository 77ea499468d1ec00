import type { Page } from "@playwright/test";
import { expect, openLesson, setReadingLevel, test, type ReadingLevel } from "./support";

/**
 * Statements the lesson once taught that Okta's documentation, its 2026 release notes, the System Log
 * event-type catalogue or RFC 7643/7644 contradict. `was` is the wrong sentence as it used to read, so
 * each pattern is proven to catch it; `why` is what is true instead.
 */
const CORRECTED: { text: RegExp; was: string; why: string }[] = [
  {
    text: /app\.user\.provision/,
    was: "Okta records every SCIM call in System Log (event type: app.user.provision.*).",
    why: "not a System Log event type; the real ones are application.provision.user.*",
  },
  {
    text: /when it updates a user it sends a PATCH/i,
    was: "when it updates a user it sends a PATCH; when it deactivates it sends a PATCH setting active=false",
    why: "the method depends on the integration: App Integration Wizard apps always get PUT",
  },
  {
    text: /Okta implements SCIM 2\.0 as its core provisioning protocol/,
    was: "Okta implements SCIM 2.0 as its core provisioning protocol: when Okta provisions a user",
    why: "SCIM is the protocol for custom and partner integrations; many OIN connectors use the vendor's own API",
  },
  {
    text: /POST \/Users, PATCH, and DELETE/,
    was: "using REST calls like POST /Users, PATCH, and DELETE to manage accounts",
    why: "Okta deactivates users with active=false; DELETE is documented only for pushed groups",
  },
  {
    text: /Create Users, Update User Attributes, Deactivate Users, Group Push/,
    was: "toggling the capabilities you need — Create Users, Update User Attributes, Deactivate Users, Group Push.",
    why: "Group Push is not a To App toggle; it has its own Push Groups tab, and the fourth toggle is Sync Password",
  },
  {
    text: /tested SCIM connectors|pre-built SCIM connectors to thousands/,
    was: "The Okta Integration Network gives pre-built SCIM connectors to thousands of SaaS targets",
    why: "only some OIN integrations provision (hundreds over SCIM); many OIN connectors are not SCIM",
  },
  {
    text: /thousands of\s+pre-built connectors/,
    was: "using SCIM 2.0, with thousands of pre-built connectors in the Okta Integration Network",
    why: "the OIN's thousands of listings are mostly sign-on; provisioning is a per-app capability",
  },
  {
    text: /own SCIM 2\.0 API/,
    was: "Okta exposes its own SCIM 2.0 API so authoritative sources like Workday",
    why: "Workday is imported by Okta's own connector; a source that pushes over SCIM does so to the SCIM server of one inbound SCIM connection (Okta Inbound SCIM 2.0 API), not to one Okta-wide API",
  },
  {
    text: /\bFrom App\b/,
    was: "The From App tab in the Provisioning settings controls inbound capabilities",
    why: "the inbound settings are on Provisioning ▸ Settings ▸ To Okta",
  },
  {
    text: /every few hours/,
    was: "Inbound sync typically runs on a schedule — every few hours — or can be triggered manually",
    why: "imports run on the schedule set in To Okta (hourly, daily or weekly) or with Import Now",
  },
  {
    text: /direction\/priority|priority-based mapping|controls direction and priority/,
    was: "each mapping names the Okta field, the app field and the direction/priority",
    why: "no per-row direction or priority: there are two mapping sets, and profile sourcing decides which source wins",
  },
  {
    text: /To App \/ From App \/ Both/,
    was: "specifies direction (To App / From App / Both / None)",
    why: "a row applies on create and update, on create only, or is not mapped; its direction is its mapping set",
  },
  {
    text: /Import Users · Import Groups/,
    was: "Controls: Import Users · Import Groups",
    why: "Import New Users and Profile Updates and Import Groups are provisioning actions of the integration, not To Okta settings",
  },
  {
    text: /Import New Users is off in the inbound settings/,
    was: "Import New Users is off in the inbound settings",
    why: "the import actions are not on the inbound (To Okta) settings",
  },
  {
    text: /Both run on SCIM/,
    was: "Both run on SCIM",
    why: "inbound from Workday or BambooHR is an import by an Okta connector, not SCIM",
  },
  {
    text: /hard delete only happens if/i,
    was: "A hard delete only happens if the app integration is configured to support it and the admin explicitly enables it.",
    why: "deletion is a connector option (Office 365) or, since 2026.07, granular deprovisioning for SCIM apps",
  },
  {
    text: /SCIM integrations never (hard-)?delete/i,
    was: "SCIM integrations never delete users — Okta sends no DELETE /Users.",
    why: "out of date: the event-type catalogue has application.provision.user.delete for SCIM apps since 2026.07.3",
  },
  {
    text: /Okta never (sends|ever sends) DELETE for a user|The only DELETE (Okta ever sends|it sends)/i,
    was: "Okta never sends DELETE for a user: it deactivates with active: false",
    why: "true only by default; granular deprovisioning (2026.07) deletes users in SCIM apps",
  },
  {
    text: /not the provisioning engine/,
    was: "Deletion requires an explicit extra step and is usually governed by a retention policy, not the provisioning engine.",
    why: "Okta's provisioning itself can delete, where a connector option or granular deprovisioning is set up",
  },
  {
    text: /Okta never reads `?\/ServiceProviderConfig|the one exception is governance-enabled apps/,
    was: "Okta never reads /ServiceProviderConfig, /Schemas, /ResourceTypes — the one exception is governance-enabled apps",
    why: "since 2026.05.0 Import User Schema reads /Schemas and /ResourceTypes for OIN Wizard integrations",
  },
  {
    text: /Sync and password push|`sync` and `password`/,
    was: "| application.provision.user.sync / .password | Sync and password push |",
    why: "application.provision.user.password is a failed password push; the push is .push_password",
  },
  {
    text: /within minutes/,
    was: "the push syncs the membership change within minutes",
    why: "Okta publishes no propagation time for Group Push",
  },
  {
    text: /name and description|name\/description only/,
    was: "only standard group name and description flow",
    why: "Okta's SCIM examples send a group's displayName and members",
  },
  {
    text: /Force Sync|manual provisioning push|Provisioning report/,
    was: "use the Import/Force Sync option to reconcile existing accounts … trigger a manual provisioning push",
    why: "earlier leavers have no assignment left to push; fix them in the app and confirm new ones by application.provision.user.deactivate",
  },
  {
    text: /case-insensitively \(RFC 7643 §4\.1\.1\)/,
    was: "`userName` compares case-insensitively (RFC 7643 §4.1.1)",
    why: "case-insensitivity comes from the schema's caseExact false (RFC 7643 §8.7.1) and RFC 7644 §3.4.2.2",
  },
  {
    text: /AWS SSO/,
    was: "Salesforce, Google Workspace, AWS SSO, Slack, ServiceNow and Zoom",
    why: "AWS SSO is now AWS IAM Identity Center; the figure shows apps under their current names",
  },
];

const LEVELS: ReadingLevel[] = ["L1", "L2", "L3"];
const L3_MARKER = "Reading the System Log like an engineer.";

function expectNoneIn(text: string, where: string) {
  for (const { text: pattern, why } of CORRECTED) expect(text, `${where}: ${pattern} — ${why}`).not.toMatch(pattern);
}

/** The AI Tutor dialog's text: every question with its answer (answers are in the dialog, folded). */
async function tutorText(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
  const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
  await expect(dialog.getByRole("listitem").getByRole("button")).toHaveCount(14);
  return (await dialog.textContent()) ?? "";
}

test.describe("corrected statements stay corrected", () => {
  test("each pattern catches the sentence it replaced", () => {
    for (const { text, was } of CORRECTED) expect(was).toMatch(text);
  });

  for (const level of LEVELS) {
    test(`none appears in the visible text at ${level}`, async ({ page }) => {
      await openLesson(page);
      await setReadingLevel(page, level);
      await expect(page.locator("html")).toHaveAttribute("data-level", level);
      const visible = await page.locator("body").innerText();
      // The expert-only passages show at L3 alone, so this proves the level took effect.
      expect(visible.includes(L3_MARKER)).toBe(level === "L3");
      expectNoneIn(visible, level);
    });
  }

  test("none appears in hidden text either: other levels, explanations, card backs and figures", async ({ page }) => {
    await openLesson(page);
    const all = await page.evaluate(() => document.body.textContent ?? "");
    // The L3 payloads are part of the page, so this reads more than any one level shows.
    expect(all).toContain(L3_MARKER);
    expectNoneIn(all, "page text");
  });

  test("none appears in the AI Tutor's answers", async ({ page }) => {
    await openLesson(page);
    const text = await tutorText(page);
    expect(text).toContain("application.provision.user");
    expectNoneIn(text, "tutor");
  });
});

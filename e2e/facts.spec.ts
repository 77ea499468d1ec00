import type { Page } from "@playwright/test";
import { expect, lessonFrontmatter, openLesson, setReadingLevel, test, type ReadingLevel } from "./support";

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
    why: "only some OIN integrations provision, and many OIN connectors are not SCIM",
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
    why: "deletion is a connector option (Office 365) or, where enabled, granular deprovisioning for SCIM apps (events since 2026.07.3)",
  },
  {
    text: /SCIM integrations never (hard-)?delete/i,
    was: "SCIM integrations never delete users — Okta sends no DELETE /Users.",
    why: "out of date: the event-type catalogue has application.provision.user.delete for SCIM apps since 2026.07.3",
  },
  {
    text: /Okta never (sends|ever sends) DELETE for a user|The only DELETE (Okta ever sends|it sends)/i,
    was: "Okta never sends DELETE for a user: it deactivates with active: false",
    why: "true only by default; granular deprovisioning (events since 2026.07.3) deletes users in SCIM apps",
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
  {
    text: /not a 404/,
    was: "No match is an empty ListResponse, not a 404, and the three counters are integers.",
    why: "RFC 7644 §3.4.2 asks for 200 with totalResults 0, and Okta's SCIM 2.0 guide also accepts a 404 error response there",
  },
  {
    text: /links to it(?! and sends it the user's app profile)/,
    was: "Fix the lookup so it finds the account — Okta then links to it — or remove the stale account",
    why: "when the lookup finds the user, Okta links to it and sends the user's app profile to the app",
  },
  {
    text: /membership change is sent to the app as a SCIM `?PATCH/,
    was: "Each membership change is sent to the app as a SCIM `PATCH` on that group",
    why: "PATCH for OIN integrations; App Integration Wizard apps get a PUT of the whole group",
  },
  {
    text: /hundreds of OIN apps|hundreds of them over SCIM|hundreds through\s+SCIM/,
    was: "Provisioning is a capability of some of them — hundreds of OIN apps provision over SCIM — so check",
    why: "no Okta page gives how many OIN apps provision over SCIM ('hundreds' is what ISPM supports)",
  },
  {
    text: /Four capabilities can be toggled|list all four To App/,
    was: "Four capabilities can be toggled independently: Create Users, Update User Attributes, Deactivate Users, and Sync Password",
    why: "those are the four core capabilities; To App also has options such as Exclude Username Updates",
  },
  {
    text: /2026\.07(?!\.\d)|July 2026 release \(/,
    was: "since Okta's July 2026 release (2026.07), granular deprovisioning can remove a user's managed groups and roles",
    why: "the event types arrived in weekly release 2026.07.3; no release note describes the feature, so the lesson dates it by that release and asks to confirm it is enabled",
  },
  {
    text: /Suspending a user in Okta sends nothing|suspension in Okta sends nothing/,
    was: "Suspending a user in Okta sends nothing to the app, and deleting an Okta user who is already deactivated sends nothing either.",
    why: "the SCIM 2.0 guide says no deprovisioning request is sent for a suspended user",
  },
  {
    text: /must push uses Anything-as-a-Source/,
    was: "(a source that must push uses Anything-as-a-Source)",
    why: "a source can also push over SCIM to an inbound SCIM connection",
  },
  {
    text: /Okta hit the app's API rate limit/,
    was: "| application.integration.rate_limit_exceeded | Okta hit the app's API rate limit |",
    why: "the catalogue describes Okta reaching an API calls-per-minute limit; nothing ties it to a SCIM app's 429",
  },
  {
    text: /publishes no fixed propagation time/,
    was: "only members who are already assigned to the app can be pushed, and Okta publishes no fixed propagation time.",
    why: "cited to a page that lists prerequisites only; the lesson now points at the push_memberships event instead",
  },
  {
    text: /assigning a big group takes time/,
    was: "Okta works through provisioning as tasks, so assigning a big group takes time",
    why: "no cited page says it; what the requirements page says is that app errors show under Tasks and Alerts",
  },
  {
    text: /which need no SCIM at all/,
    was: "since 2026 vendors can also publish integrations built on API Integration Actions, which need no SCIM at all.",
    why: "release 2026.05.0: ISVs can submit API Integration Actions integrations to the OIN, connecting their existing APIs without SCIM",
  },
  {
    text: /Okta couldn't authenticate to the app's API \(a 401\)/,
    was: "| application.integration.authentication_failure | Okta couldn't authenticate to the app's API (a 401) |",
    why: "the catalogue describes Okta failing to access a remote API with the credentials it has; it names no status code",
  },
];

/**
 * The conditions the corrections added, which the page must keep saying (in some passage, at some
 * level): `text` is the condition, `why` the source that states it.
 */
const CONDITIONS: { text: RegExp; why: string }[] = [
  { text: /also accepts a `?404`? SCIM error response/, why: "Okta's SCIM 2.0 guide accepts a 404 error response for a lookup that matches nothing" },
  { text: /links to it and sends it the user's app profile/, why: "Okta's SCIM 2.0 guide: a found user is matched and sent the user's app profile" },
  { text: /App Integration Wizard app gets a PUT of the whole group/, why: "Group membership updates are PUT for App Integration Wizard apps" },
  { text: /Exclude Username Updates/, why: "the To App settings list Exclude Username Updates beside the four core capabilities" },
  { text: /Okta doesn't support (one group doing both|using the same group)/, why: "Okta Help, App assignments and Group Push" },
  { text: /gated by kill switch/, why: "the catalogue's words for the granular deprovisioning delete events" },
  { text: /confirm it is enabled in your org/, why: "no release note or guide describes granular deprovisioning" },
  { text: /no deprovisioning request for a (user who is suspended|suspended user)/, why: "Okta's SCIM 2.0 guide" },
  { text: /switches one to `?PUT`? when its vendor asks|switch a template integration to `?PUT`? when its vendor asks/, why: "the requirements page: contact Okta to request a change to PUT" },
  { text: /read-only `?groups`? and `?meta`? included/, why: "Okta's documented PUT echoes groups and meta from the read" },
  { text: /illustrates RFC 7644's form rather than a captured Okta request/, why: "Okta documents the user PATCH body only for active" },
  { text: /User-Agent: Okta SCIM Client 1\.0\.0/, why: "Okta's documented requests show User-Agent and Authorization" },
  { text: /check that it is available in your org|check that your org has it/, why: "the Inbound SCIM 2.0 API has a reference but no published release status" },
  { text: /doesn't tie it to a SCIM app's 429/, why: "application.integration.rate_limit_exceeded describes Okta reaching an API rate limit" },
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
  // Every curated question is listed: its answer is read with the rest.
  await expect(dialog.getByRole("listitem").getByRole("button")).toHaveCount(lessonFrontmatter().tutor.length);
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

  test("each condition a correction added is on the page", async ({ page }) => {
    await openLesson(page);
    const all = await page.evaluate(() => document.body.textContent ?? "");
    for (const { text, why } of CONDITIONS) expect(all, `${text} — ${why}`).toMatch(text);
  });

  test("none appears in the AI Tutor's answers", async ({ page }) => {
    await openLesson(page);
    const text = await tutorText(page);
    expect(text).toContain("application.provision.user");
    expectNoneIn(text, "tutor");
  });
});

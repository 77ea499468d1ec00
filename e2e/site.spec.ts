import { expect, LESSON, lessonFrontmatter, lessonLive, test } from "./support";

const SECTIONS = [
  { id: "scim-oin", title: "SCIM 2.0 and the Okta Integration Network", card: "SCIM & the OIN" },
  { id: "outbound", title: "Outbound provisioning — pushing from Okta to apps", card: "Outbound provisioning" },
  { id: "inbound", title: "Inbound provisioning and attribute mappings", card: "Inbound & mappings" },
  { id: "lifecycle", title: "Full lifecycle & Group Push", card: "Lifecycle & Group Push" },
];

/** Markers of every block of the source lesson, in the source's order. */
const BLOCKS_IN_ORDER = [
  "Okta Provisioning & SCIM — OIN, Lifecycle & Group Push",
  "Okta provisioning automates the create-update-deactivate lifecycle",
  "Quick Answer",
  "By the end you will be able to",
  "Pick where you want to start",
  "Warm-up — 3 questions, no score",
  "Most people treat provisioning as 'just turning on a toggle in Okta'",
  "Okta provisioning is a two-way pipeline",
  "SCIM 2.0 and the Okta Integration Network",
  "SCIM provisioning loop",
  "Which protocol does Okta use to provision user accounts into custom and partner-built app integrations?",
  "Outbound provisioning — pushing from Okta to apps",
  "Common outbound pitfalls",
  "OIN: one IdP, many apps",
  "Open REST standard for identity provisioning.",
  "Name the four core outbound capabilities",
  "Watch a new hire get provisioned end-to-end",
  "What triggers outbound provisioning in Okta for a specific user?",
  "Inbound provisioning and attribute mappings",
  "Outbound vs inbound provisioning",
  "'Provisioning is just one direction' misconception",
  "An HR system is the authoritative source for all employee records.",
  "Full lifecycle & Group Push",
  "Lifecycle in an exam scenario",
  "Full lifecycle — hire to deactivate",
  "Priya at a Pune-based fintech faces this",
  "Check provisioning logs, not assumptions",
  "A leaver's Okta account is deactivated.",
  "SCIM lab: play Okta against a real SCIM app",
  "Ask the AI Tutor",
  "Wrap-up assessment",
  "Which setting in Okta controls what user attributes flow from Okta into a target app?",
  "You need to mirror Okta group memberships into a cloud CRM app",
  "In your own words",
  "Teach a friend",
  "Glossary",
  "Sources",
  "What's next?",
];

test("the index lists the lesson with its track, duration, levels and a link", async ({ page, consoleErrors }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/All lessons/);
  await expect(page.getByRole("heading", { level: 1, name: "All lessons" })).toBeVisible();
  const card = page.locator("[data-lesson-card='okta-scim-provisioning']");
  await expect(card).toContainText("Okta · Identity & Access · SCIM Provisioning");
  await expect(card).toContainText("15 min");
  await expect(card).toContainText("L1 / L2 / L3");
  await card.getByRole("link", { name: "Okta Provisioning & SCIM — OIN, Lifecycle & Group Push" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Okta Provisioning & SCIM — OIN, Lifecycle & Group Push");
  expect(consoleErrors, "console errors").toEqual([]);
});

test("the lesson has every block of the source, in order", async ({ page, consoleErrors, lesson }) => {
  await page.goto(LESSON);
  const header = page.locator("header[data-site-header]");
  await expect(header.getByRole("link", { name: "Techclick" })).toBeVisible();
  await expect(header.getByRole("link", { name: "All lessons" })).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("listitem")).toHaveText(["All lessons", "›Okta", "›Identity & Access", "›SCIM Provisioning"]);
  await expect(page.getByRole("list", { name: "Format and levels" })).toContainText("L1 / L2 / L3");
  const meta = page.getByRole("list", { name: "About this lesson" });
  for (const text of ["2026", "15 min", "4 figures", "live block demo", `${lesson.questions.length}-question assessment + AI Tutor`]) await expect(meta).toContainText(text);

  await expect(page.locator("#objectives li")).toHaveCount(4);
  for (const s of SECTIONS) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(s.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  }
  await expect(page.locator("#warm-up li")).toHaveCount(3);
  await expect(page.locator("figure")).toHaveCount(4);
  await expect(page.locator("[data-so-far]")).toHaveCount(4);
  await expect(page.locator("[data-scenario-step]")).toHaveCount(4);
  await expect(page.getByText("Admin Console ▸ Applications ▸ [App] ▸ Provisioning ▸ To App")).toBeVisible();
  await expect(page.locator("#glossary dt")).toHaveCount(lessonFrontmatter().glossary.length);
  // One link to the page per numbered source.
  const sources = page.locator("#sources a[href^='https://']");
  await expect(sources).toHaveCount(await page.locator("#sources ol > li").count());
  expect(await sources.count()).toBeGreaterThan(0);
  for (const link of await sources.all()) await expect(link).toHaveAttribute("rel", /noopener noreferrer/);

  const text = (await page.locator("main").textContent()) ?? "";
  let cursor = -1;
  for (const block of BLOCKS_IN_ORDER) {
    const at = text.indexOf(block, cursor + 1);
    expect(at, `"${block}" after the previous block`).toBeGreaterThan(cursor);
    cursor = at;
  }
  for (const q of lesson.questions) await expect(page.locator(`#${q.id}`)).toBeAttached();
  expect(consoleErrors, "console errors").toEqual([]);
});

test("path cards and warm-up links land on their sections", async ({ page }) => {
  await page.goto(LESSON);
  const cards = page.locator("#start");
  for (const s of SECTIONS) {
    await cards.getByRole("link", { name: new RegExp(s.card) }).click();
    await expect(page).toHaveURL(new RegExp(`#${s.id}$`));
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(s.title.slice(0, 20)) })).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  const warmUp = page.locator("#warm-up");
  const expected = ["scim-oin", "scim-oin", "lifecycle"];
  for (const [i, id] of expected.entries()) {
    const item = warmUp.locator("li").nth(i);
    await item.getByText("Where is this answered?").click();
    const link = item.getByRole("link");
    await expect(link).toHaveAttribute("href", `#${id}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`#${id} h2`)).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});

test("the lesson fetches nothing of the index as it starts, and its links to the index still take the learner there", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path === "/" || path.startsWith("/__next") || path.startsWith("/index")) indexRequests.push(path);
  });
  await page.goto(LESSON);
  await lessonLive(page);
  // Prefetching starts when a link is seen on screen: the header and breadcrumb links are.
  await expect(page.locator("[data-site-header]").getByRole("link", { name: "All lessons" })).toBeInViewport();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  expect(indexRequests, "requests for the index made while the lesson started").toEqual([]);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All lessons" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All lessons" })).toBeVisible();
});

test.describe(() => {
  // Chromium reports the 404 the test asks for; nothing else may reach the console.
  test.use({ expectedConsole: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] });

  test("an unknown address shows a real not-found page with a way back", async ({ page }) => {
    const response = await page.goto("/lessons/no-such-lesson/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't here");
    await page.getByRole("link", { name: "Back to all lessons" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "All lessons" })).toBeVisible();
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole lesson text is on the page", async ({ page }) => {
    await page.goto(LESSON);
    for (const s of SECTIONS) await expect(page.locator(`#${s.id} h2`)).toBeVisible();
    const main = page.locator("main");
    for (const text of [
      ...BLOCKS_IN_ORDER,
      "Outbound sync that keeps Okta group memberships mirrored in the target app.",
      "Okta sends a SCIM create request to the CRM's SCIM endpoint",
      "The 'Deactivate Users' toggle was never enabled",
      "System for Cross-domain Identity Management — the open REST standard",
      "developer.okta.com/docs/concepts/scim/",
      "Provisioned? Next, go deep on Okta Workflows",
    ]) {
      await expect(main).toContainText(text);
    }
    await expect(page.getByText("Which protocol does Okta use to provision user accounts into custom and partner-built app integrations?")).toBeVisible();
    await expect(page.locator("#q1 input[type=radio]")).toHaveCount(4);
  });
});

/**
 * The fixture lessons, built by `npm run build:fixtures` and served from out-fixtures/ (the
 * `fixtures` project in playwright.config.ts): the components tour renders every authoring
 * component from real MDX, and the `npm run new-lesson` starter, its placeholders replaced, builds and shows on the index.
 * Questions, demos, flip cards, level passages ("Read as"), the tutor and teach a friend are
 * asserted as the interactive widgets they are.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, openLesson, quizLesson, test } from "./support";

/** The fixture lesson that uses every authoring component (served by the `fixtures` project). */
const TOUR = "/lessons/components-tour/";
/** Its questions, as the site's loader reads them. */
const tourQuiz = () => quizLesson({ dir: "e2e/fixtures/lessons", slug: "components-tour" });

/**
 * Opens the tour and, with JavaScript on, waits until it is live, as `openLesson` does: a press
 * before its scripts run does nothing.
 */
async function openTour(page: Page, { live = true } = {}) {
  if (live) await openLesson(page, TOUR);
  else await page.goto(TOUR);
  await expect(page.getByRole("heading", { level: 1, name: "Components tour — every authoring component once" })).toBeVisible();
}

/** A region (a <section> or <article> with a heading) found by its heading text. */
const region = (page: Page, name: string | RegExp): Locator => page.getByRole("region", { name });

test("the index lists the fixture lessons and links to them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Components tour — every authoring component once" }).click();
  await expect(page).toHaveURL(new RegExp(`${TOUR}$`));
});

test("the tour loads with no console errors or hydration warnings", async ({ page, consoleErrors }) => {
  await openTour(page);
  await page.getByRole("heading", { name: "What's next?" }).scrollIntoViewIfNeeded();
  expect(consoleErrors, "console errors").toEqual([]);
});

test("the new-lesson starter, its placeholders replaced, builds into a page with its two sections and question", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Starter lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Starter lesson" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Section 1: The idea in one picture" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Section 2: Putting it into practice" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Q1" })).toContainText("Which frontmatter field must match this file's name?");
});

test("sections are numbered, and path cards and warm-up questions link to them", async ({ page }) => {
  await openTour(page);
  await expect(page.getByRole("heading", { level: 2, name: "Section 1: Tour basics" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Section 2: Tour demos" })).toBeVisible();

  const paths = region(page, "Pick a stop on the tour");
  await expect(paths.getByRole("link")).toHaveCount(2);
  await expect(paths.getByRole("link", { name: /Tour demos/ })).toHaveAttribute("href", "#tour-demos");

  const warmUp = region(page, /Warm-up — 2 questions/);
  await expect(warmUp.getByRole("listitem")).toHaveCount(2);
  await warmUp.getByText("Where is this answered?").first().click();
  await expect(warmUp.getByRole("link", { name: "Basics" })).toHaveAttribute("href", "#tour-basics");
});

test("every callout variant renders with its own label", async ({ page }) => {
  await openTour(page);
  const variants: [title: string, label: string][] = [
    ["A note callout", "Note"],
    ["A tip callout", "Tip"],
    ["A pitfall callout", "Pitfall"],
    ["A misconception callout", "Misconception"],
    ["An interview callout", "Interview tip"],
    ["An exam callout", "Exam tip"],
    ["A precisely callout", "More precisely"],
    ["A logs callout", "Troubleshooting"],
  ];
  await expect(page.getByRole("note")).toHaveCount(variants.length);
  for (const [title, label] of variants) await expect(page.getByRole("note", { name: title })).toContainText(label);
});

test("the figure, flip cards, level passages and so-far lines render", async ({ page }) => {
  await openTour(page);
  await expect(page.getByRole("figure")).toContainText("Figure 1 — The SCIM loop in the tour.");
  const card = page.getByRole("button", { name: /Card 1 of 2: Tour card SCIM/ });
  await expect(card).toHaveAttribute("aria-pressed", "false");
  await expect(card).toHaveAccessibleName(/Tour card SCIM, front/);
  await card.click();
  await expect(card).toHaveAttribute("aria-pressed", "true");
  await expect(card).toHaveAccessibleName(/Tour card SCIM, back: The REST standard for provisioning\./);
  await expect(page.getByRole("button", { name: /Card 2 of 2: Tour card Group Push/ })).toBeVisible();
  // Both passages are in the HTML; "Read as" decides which one shows (L2 by default: neither).
  const essentials = page.getByText("An essentials-only passage about SCIM.");
  const expert = page.getByText("An expert-only passage about SCIM");
  await expect(essentials).toBeHidden();
  await expect(expert).toBeHidden();
  await page.getByRole("radio", { name: "L1 Essentials" }).check();
  await expect(essentials).toBeVisible();
  await expect(expert).toBeHidden();
  await page.getByRole("radio", { name: /^L3/ }).check();
  await expect(essentials).toBeHidden();
  await expect(expert).toBeVisible();
  await expect(page.locator("[data-so-far]")).toHaveCount(2);
  await expect(page.locator("[data-so-far]").first()).toContainText("SCIM is the REST protocol behind Okta provisioning.");
});

test("both demos list their own steps and break at their own step", async ({ page }) => {
  await openTour(page);
  const demos: [title: string, steps: string[], breaks: string, wire: string][] = [
    ["Tour demo one: create a user", ["Tour assign", "Tour POST", "Tour created", "Tour group sync"], "Breaks at step 3: Tour created", "HTTP/1.1 409 Conflict"],
    ["Tour demo two: deactivate a user", ["Tour unassign", "Tour deactivate PATCH", "Tour deactivated"], "Breaks at step 2: Tour deactivate PATCH", "HTTP/1.1 401 Unauthorized"],
  ];
  for (const [title, steps, breaks, wire] of demos) {
    const demo = region(page, title);
    const list = demo.getByRole("list", { name: "Steps" }).getByRole("listitem");
    await expect(list).toHaveCount(steps.length);
    await expect(list).toContainText(steps);
    await demo.getByRole("button", { name: "Break it" }).click();
    await expect(demo).toContainText(breaks);
    // The findings turn visible when the run reaches the failing step.
    const result = demo.locator("[data-demo-failure-result]");
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result).toContainText(wire);
  }
  await expect(region(page, "Tour demo two: deactivate a user")).toContainText("PATCH /scim/v2/Users/7 active=false");
});

test("questions have 3, 5 and 4 lettered radios, and an inline check says right or wrong", async ({ page }) => {
  await openTour(page);
  const expected: [id: string, options: string[]][] = [
    ["tour-q1", ["a. SAML assertions", "b. SCIM 2.0 REST calls", "c. LDAP binds"]],
    ["tour-q2", ["a. A password reset", "b. A profile edit", "c. A suspension", "d. A deactivation", "e. A sign-in"]],
    ["tour-q3", ["a. An account with the same userName already exists", "b. Okta's token expired", "c. The app is down", "d. The user was suspended"]],
  ];
  for (const [id, options] of expected) {
    const radios = page.locator(`#${id}`).getByRole("radio");
    await expect(radios).toHaveCount(options.length);
    for (const name of options) await expect(page.locator(`#${id}`).getByRole("radio", { name })).toBeVisible();
  }
  // Numbered across the lesson, the wrap-up's questions in the wrap-up.
  const tour = await tourQuiz();
  for (const q of tour.inline) await expect(page.locator(`#${q.id}`)).toContainText(`Q${q.number} of ${q.of}`);
  for (const q of tour.wrapUp) await expect(region(page, "Tour wrap-up").locator(`#${q.id}`)).toContainText(`Q${q.number} of ${q.of}`);

  const q2 = page.locator("#tour-q2");
  await q2.getByRole("radio", { name: "d. A deactivation" }).check();
  await q2.getByRole("button", { name: "Check" }).click();
  await expect(q2.getByRole("status")).toContainText("✓ Right — you chose d.");
  await expect(q2.getByRole("status")).toContainText("Deactivation (and unassignment) send");
});

test("the scenario shows its labelled steps and the console path", async ({ page }) => {
  await openTour(page);
  const scenario = page.getByRole("article", { name: "Tour scenario: a leaver keeps access" });
  for (const label of ["Likely cause", "Diagnosis", "Fix", "Verify"]) await expect(scenario.getByRole("heading", { level: 4, name: label })).toBeVisible();
  await expect(scenario).toContainText("Admin Console ▸ Applications ▸ Wiki ▸ Provisioning ▸ To App");
});

test("the frontmatter blocks render: tutor, own words, teach a friend, glossary, sources, what's next", async ({ page }) => {
  await openTour(page);
  const tutor = region(page, "Ask the AI Tutor");
  await expect(tutor).toContainText("8 curated questions");
  await tutor.getByRole("button", { name: "Ask the AI Tutor" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Does Okta delete users?" })).toBeVisible();
  await page.keyboard.press("Escape");

  await expect(region(page, "In your own words").getByRole("textbox", { name: "Your one line" })).toBeVisible();
  const teach = region(page, "Teach a friend");
  await teach.getByRole("button", { name: "Generate summary" }).click();
  await expect(teach.getByLabel("Summary to share")).toContainText("Components tour — every authoring component once — in 2 points:");
  await expect(region(page, "Glossary").getByRole("term")).toHaveText(["SCIM 2.0", "Group Push"]);
  await expect(region(page, "Sources").getByRole("link", { name: /developer\.okta\.com/ })).toHaveAttribute("href", "https://developer.okta.com/docs/concepts/scim/");
  await expect(region(page, "What's next?")).toContainText("Okta Workflows and Lifecycle Management hooks");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the fallbacks carry every tutor answer, each question's answer, the summary and the demo failure", async ({ page }) => {
    await openTour(page, { live: false });
    await expect(region(page, "Ask the AI Tutor").getByRole("listitem")).toHaveCount(8);
    await expect(page.locator("#tour-q1").getByRole("radio")).toHaveCount(3);
    await page.locator("#tour-q1").getByText("Show the answer").click();
    await expect(page.locator("#tour-q1")).toContainText("Correct: b.");
    await expect(region(page, "Teach a friend")).toContainText("Components tour — every authoring component once — in 2 points:");
    await expect(region(page, "Tour demo two: deactivate a user").locator("[data-demo-failure-result]")).toContainText("HTTP/1.1 401 Unauthorized");
  });
});

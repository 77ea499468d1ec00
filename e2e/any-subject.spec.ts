/**
 * A lesson on another subject (DNS, in e2e/fixtures/lessons/, built by `npm run build:fixtures`)
 * shows only its own words: every label of the generic widgets comes from the lesson or is neutral,
 * "Read as" offers exactly the lesson's levels, and counts read right in the singular.
 */
import type { Page } from "@playwright/test";
import { expect, openLesson, test } from "./support";

const DNS = "/lessons/dns-resolution/";
const KEY = "techclick:progress:dns-resolution";

/** Words of the Okta lesson that a generic widget used to bring to every lesson. */
const OTHER_LESSON = [/okta/i, /scim/i, /provision/i, /system log/i, /identity provider/i, /group push/i, /\bOIN\b/, /vendor docs/i, /block demo/i, /userName/, /\bSAML\b/];

/** Opens the DNS lesson and waits until it is live: a press before its scripts run does nothing. */
async function openDns(page: Page) {
  await openLesson(page, DNS);
  await expect(page.getByRole("heading", { level: 1, name: "How DNS finds a name" })).toBeVisible();
}

/** Everything the page holds as text, hidden passages and the inline payload included. */
const pageText = (page: Page) => page.evaluate(() => `${document.title}\n${document.documentElement.textContent ?? ""}`);

function expectOwnWords(text: string, where: string) {
  for (const word of OTHER_LESSON) expect(text, `${where} must not contain ${word}`).not.toMatch(word);
}

test("no word of the Okta lesson appears on the DNS lesson, in any state of its widgets", async ({ page, consoleErrors }) => {
  await openDns(page);
  expectOwnWords(await pageText(page), "the page as loaded");

  await page.getByRole("radio", { name: /^L3/ }).check();
  const demo = page.getByRole("region", { name: "Watch a name become an address" });
  await demo.getByRole("button", { name: "Break it" }).click();
  await expect(demo.locator("[data-demo-failure-result]")).toBeVisible({ timeout: 8000 });
  await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Who answers my laptop's query?" }).click();
  expectOwnWords(await pageText(page), "the page with L3, the broken demo and the tutor open");
  expect(consoleErrors, "console errors").toEqual([]);
});

test("the index card and the meta row count in the singular", async ({ page }) => {
  await page.goto("/");
  const card = page.locator('[data-lesson-card="dns-resolution"]');
  await expect(card.getByRole("list", { name: "Details" })).toContainText("1 question");
  await expect(card.getByRole("list", { name: "Details" })).not.toContainText("1 questions");
  await card.getByRole("link", { name: "How DNS finds a name" }).click();
  const meta = page.getByRole("list", { name: "About this lesson" });
  await expect(meta).toContainText("1 live demo");
  await expect(meta).toContainText("1-question assessment + AI Tutor");
  await expect(meta).not.toContainText("infographic");
  await expect(meta).toContainText("1 figure");
  await expect(meta).not.toContainText("1 figures");
  await expect(page.locator("#tutor")).toContainText("3 curated questions");
});

test("Read as offers exactly L2 and L3, with the lesson's hints, and starts at L2", async ({ page }) => {
  await openDns(page);
  const group = page.getByRole("group", { name: "Read as" });
  await expect(group.getByRole("radio")).toHaveCount(2);
  await expect(group.getByRole("radio", { name: "L2 Practitioner" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "L2 Practitioner" })).toHaveAccessibleDescription("What a network admin sees and changes.");
  await expect(group.getByRole("radio", { name: "L3 Expert" })).toHaveAccessibleDescription("Adds the message header and the RFC rules.");
  const expert = page.getByText(/^The response code sits in the header/);
  await expect(expert).toBeHidden();
  await group.getByRole("radio", { name: "L3 Expert" }).check();
  await expect(expert).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-level", "L3");
  await expect(group.getByRole("radio", { name: "L3 Expert" })).toBeChecked();
  await expect(expert).toBeVisible();
});

test("a saved level the lesson does not offer falls back to its start level in the store, the script and the radios", async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, JSON.stringify({ state: { level: "L1" }, version: 2 }));
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  await openDns(page);
  await expect(page.locator("html")).toHaveAttribute("data-level", "L2");
  const group = page.getByRole("group", { name: "Read as" });
  await expect(group.getByRole("radio", { name: "L2 Practitioner" })).toBeChecked();
  await expect(page.getByText(/^The response code sits in the header/)).toBeHidden();
  await group.getByRole("radio", { name: "L3 Expert" }).check();
  await expect.poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? "{}") as { state?: { level?: string } }).state?.level, KEY)).toBe("L3");
});

test("the demo names its systems, roles and log from the lesson", async ({ page }) => {
  await openDns(page);
  const demo = page.getByRole("region", { name: "Watch a name become an address" });
  const diagram = demo.locator("[data-demo-diagram]");
  for (const word of ["Laptop", "stub resolver", "Resolver", "recursive resolver"]) await expect(diagram).toContainText(word);
  await demo.getByRole("button", { name: "Break it" }).click();
  const result = demo.locator("[data-demo-failure-result]");
  await expect(result).toBeVisible({ timeout: 8000 });
  await expect(result).toContainText("Resolver returns");
  await expect(result).toContainText("The resolver's query log shows");
  await expect(result.getByText("query example.con A: NXDOMAIN")).toBeVisible();
  await expect(demo.getByRole("status")).toContainText("Resolver returned NXDOMAIN example.con A");
});

test("the tutor says where its answers come from in neutral words", async ({ page }) => {
  await openDns(page);
  await expect(page.locator("#tutor")).toContainText("Curated answers, scoped to this lesson. There is no live model behind it");
});

test("the lesson's own figure is numbered, captioned and loads from the site", async ({ page }) => {
  await openDns(page);
  const figure = page.locator('figure[data-figure="image"]');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator("figcaption")).toContainText(/^Figure 1 — Who asks whom\. The laptop asks one resolver/);
  const image = figure.getByRole("img");
  await expect(image).toHaveAttribute("alt", /^The laptop sends its query to the resolver\./);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The file's own size is on the element, so the page keeps its place while the image loads.
  expect(Number(await image.getAttribute("width"))).toBeGreaterThan(0);
  expect(Number(await image.getAttribute("height"))).toBeGreaterThan(0);
});

for (const width of [320, 360]) {
  test(`at ${width} px no line of the meta row starts with its separator`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openDns(page);
    const meta = page.getByRole("list", { name: "About this lesson" });
    const items = await meta.getByRole("listitem").evaluateAll((lis) =>
      lis.map((li) => {
        const clip = li.closest("ul")!.parentElement!.getBoundingClientRect();
        const dot = li.querySelector("[data-meta-separator]")!.getBoundingClientRect();
        const text = (li.lastElementChild as HTMLElement).getBoundingClientRect();
        return { top: Math.round(text.top), textLeft: text.left, dotRight: dot.right, clipLeft: clip.left };
      }),
    );
    const lines = new Set(items.map((i) => i.top));
    expect(lines.size, "the row wraps at this width").toBeGreaterThan(1);
    for (const top of lines) {
      const onLine = items.filter((i) => i.top === top).sort((a, b) => a.textLeft - b.textLeft);
      // The first item of each line has its separator outside the row's box, where it is clipped.
      expect(onLine[0]!.dotRight).toBeLessThanOrEqual(onLine[0]!.clipLeft);
      for (const later of onLine.slice(1)) expect(later.dotRight).toBeGreaterThan(later.clipLeft);
    }
  });
}

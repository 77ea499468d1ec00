import { expect, type Page } from "@playwright/test";

/** The lesson every spec of the site drives, and where it saves progress. */
export const LESSON = "/lessons/okta-scim-provisioning/";
export const STORAGE_KEY = "techclick:progress:okta-scim-provisioning";

/** The lesson's answer key, question number → correct letter. */
export const ANSWERS: Record<number, string> = { 1: "c", 2: "b", 3: "b", 4: "c", 5: "a", 6: "d", 7: "c", 8: "b", 9: "d", 10: "b" };

/** A wrong letter for question n. */
export const wrongFor = (n: number) => (ANSWERS[n] === "a" ? "b" : "a");

/** The header's XP meter. */
export const xpMeter = (page: Page) => page.getByRole("banner").getByRole("progressbar", { name: "XP" });

/**
 * Opens the lesson and waits until it is live: the scripts have loaded and saved progress has been
 * read, which the XP meter shows by getting a value and every flip card by hiding its other face.
 */
export async function openLesson(page: Page): Promise<void> {
  await page.goto(LESSON);
  await page.waitForLoadState("networkidle");
  // Hidden elements count too: printed, the header is not drawn, but the meter still gets its value.
  const meter = page.getByRole("banner", { includeHidden: true }).getByRole("progressbar", { name: "XP", includeHidden: true });
  await expect(meter).toHaveAttribute("aria-valuenow", /^\d+$/);
  const cards = page.locator("[data-flip-card]");
  await expect(page.locator('[data-flip-card] [data-face][aria-hidden="true"]')).toHaveCount(await cards.count());
}

/** Saved progress as the page wrote it. */
export async function saved(page: Page): Promise<{ state: Record<string, unknown>; version: number } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), STORAGE_KEY);
}

/** Saved progress as the store writes it (its `state`), or an empty object before any save. */
export async function savedProgress(page: Page): Promise<Record<string, unknown>> {
  return (await saved(page))?.state ?? {};
}

import { expect, type Locator, type Page } from "@playwright/test";

export const LESSON = "/lessons/okta-scim-provisioning/";
export const STORAGE_KEY = "techclick:progress:okta-scim-provisioning";

/** Opens the lesson and waits until saved progress has been read (the widgets are live). */
export async function openLesson(page: Page): Promise<void> {
  await page.goto(LESSON);
  await page.waitForLoadState("networkidle");
  // Once hydrated, the hidden face of every flip card is marked aria-hidden.
  await expect(page.locator('[data-flip-card] [data-face][aria-hidden="true"]')).toHaveCount(4);
}

/** Presses Tab until `target` has focus: proves it is reachable from the keyboard. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Saved progress as the store writes it. */
export async function savedProgress(page: Page): Promise<Record<string, unknown>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw ? ((JSON.parse(raw) as { state: Record<string, unknown> }).state ?? {}) : {};
}

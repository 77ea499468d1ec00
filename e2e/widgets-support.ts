import { expect, type Locator, type Page } from "@playwright/test";
import { KEY, LESSON, saved } from "./helpers";

export { LESSON, KEY as STORAGE_KEY };

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

/** Saved progress as the store writes it (its `state`), or an empty object before any save. */
export async function savedProgress(page: Page): Promise<Record<string, unknown>> {
  return (await saved(page))?.state ?? {};
}

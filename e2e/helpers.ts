/**
 * Shared pieces of the assessment specs: the lesson's URL, storage key and answer key, a fixture
 * that fails a test on any console error or warning (hydration warnings included) or uncaught
 * exception, and helpers that find questions by their accessible names.
 */
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export const LESSON = "/lessons/okta-scim-provisioning/";
export const KEY = "techclick:progress:okta-scim-provisioning";
export const ANSWERS: Record<number, string> = { 1: "c", 2: "b", 3: "b", 4: "c", 5: "a", 6: "d", 7: "c", 8: "b", 9: "d", 10: "b" };

/** A wrong letter for question n. */
export const wrongFor = (n: number) => (ANSWERS[n] === "a" ? "b" : "a");

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
      });
      context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
      await use(errors);
      expect(errors, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The header's XP meter. */
export const xpMeter = (page: Page) => page.getByRole("banner").getByRole("progressbar", { name: "XP" });

/** Opens the lesson and waits until saved progress has been read (the XP meter gets a value). */
export async function openLesson(page: Page) {
  await page.goto(LESSON);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
}

/** The fieldset of question n, by its legend ("… Q3 of 10 …"). */
export const question = (page: Page, n: number): Locator => page.getByRole("group", { name: new RegExp(`\\bQ${n} of 10\\b`) });

/** Option `letter` of question n, by its accessible name ("c. …"). */
export const option = (page: Page, n: number, letter: string): Locator => question(page, n).getByRole("radio", { name: new RegExp(`^${letter}\\.`) });

/** Answers question n with the mouse (and checks it when it is an inline question). */
export async function answerByMouse(page: Page, n: number, letter: string) {
  await option(page, n, letter).click();
  if (n <= 4) await question(page, n).getByRole("button", { name: "Check" }).click();
}

/** Answers question n with the keyboard only: arrows move through the radios, Tab reaches Check. */
export async function answerByKeyboard(page: Page, n: number, letter: string) {
  await option(page, n, "a").focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < letter.charCodeAt(0) - 97; i++) await page.keyboard.press("ArrowDown");
  await expect(option(page, n, letter)).toBeChecked();
  if (n <= 4) {
    await page.keyboard.press("Tab");
    await expect(question(page, n).getByRole("button", { name: "Check" })).toBeFocused();
    await page.keyboard.press("Enter");
  }
}

/** Saved progress as the page wrote it. */
export async function saved(page: Page): Promise<{ state: Record<string, unknown>; version: number } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);
}

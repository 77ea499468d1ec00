import { expect, type Locator, type Page } from "@playwright/test";

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

import type { Page } from "@playwright/test";

export type ReadingLevel = "L1" | "L2" | "L3";

/**
 * Switches the lesson to a reading level the way a reader does, through the "Read as" radio, when
 * the page has one; otherwise sets the attribute that the CSS reads, which is all the radio does.
 */
export async function setReadingLevel(page: Page, level: ReadingLevel) {
  const radio = page.getByRole("radio", { name: new RegExp(`^${level}`) });
  if ((await radio.count()) > 0) await radio.first().check();
  else await page.evaluate((value) => (document.documentElement.dataset.level = value), level);
}

import type { Locator, Page } from "@playwright/test";
import { answerCorrectly, checkButton, expect, holdIdleTime, holdScripts, LESSON, lessonLive, openLesson, option, question, savedProgress, test, wrongResponse, xpMeter } from "./support";

/** The text of every paragraph, list item, table cell and figure text in the sections, warm-up, glossary and sources. */
const staticText = () =>
  [...document.querySelectorAll(":is([data-section], #warm-up, #glossary, #sources) :is(p, li, td, th, dt, dd, figcaption, text, q, pre)")].map(
    (el) => el.textContent?.replace(/\s+/g, " ").trim() ?? "",
  );

test("hydration keeps every paragraph, list, table and figure text the sections and reference blocks have in the HTML", async ({ page, browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const html = await noScript.newPage();
  await html.goto(LESSON);
  const written = await html.evaluate(staticText);
  await noScript.close();
  expect(written.filter(Boolean).length).toBeGreaterThan(100);

  await openLesson(page);
  const hydrated = await page.evaluate(staticText);
  // Widgets add their own paragraphs once they run (a Check button's note, the XP panel); none is taken away.
  let at = 0;
  const missing = written.filter((text) => {
    const found = hydrated.indexOf(text, at);
    if (found < 0) return true;
    at = found + 1;
    return false;
  });
  expect(missing).toEqual([]);
});

test("once the page is live, Next has read its payload and the document reads as loaded again, as it does without scripts", async ({ page }) => {
  await openLesson(page);
  const state = await page.evaluate(() => ({
    readyState: document.readyState,
    own: Object.getOwnPropertyNames(document).filter((name) => name === "readyState" || name === "addEventListener"),
    nextReads: (self as unknown as { __next_f: unknown[] }).__next_f.push !== Array.prototype.push,
  }));
  expect(state).toEqual({ readyState: "complete", own: [], nextReads: true });
});

test("an answer chosen as soon as the question shows is kept, whether its block has hydrated yet or not", async ({ page }) => {
  // A slower CPU widens the time in which the page's blocks are hydrating, where a choice must not be undone.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(LESSON);
  const question = page.locator("fieldset").filter({ has: page.getByRole("button", { name: "Check" }) }).first();
  const choice = question.getByRole("radio").first();
  await choice.check();
  await lessonLive(page);
  await expect(choice).toBeChecked();
  await question.getByRole("button", { name: "Check" }).click();
  await expect(question.getByRole("status")).not.toBeEmpty();
});

test("an answer picked before the page's scripts run counts once they do, and the progress saved before it is kept", async ({ page, lesson }) => {
  const choices = lesson.inline.filter((q) => q.kind !== "order");
  const [early, answeredBefore] = [choices[0]!, choices[1] ?? lesson.wrapUp.find((q) => q.kind !== "order")!];
  await openLesson(page);
  await answerCorrectly(page, answeredBefore);
  const before = await savedProgress(page);

  const release = await holdScripts(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  const picked = wrongResponse(early);
  await option(page, early, picked).check();
  release();
  await lessonLive(page);

  await expect(option(page, early, picked)).toBeChecked();
  await checkButton(page, early).click();
  await expect(question(page, early).getByRole("status")).not.toBeEmpty();
  await expect.poll(async () => (await savedProgress(page)).answers).toMatchObject({
    ...(before.answers as object),
    [early.id]: { choice: picked, locked: true },
  });
});

test.describe("a block far below the first screen, on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** The page's idle callbacks never come, so only the screen and the reader's touches hydrate a block. */
  async function openWithoutIdle(page: Page): Promise<Locator> {
    await holdIdleTime(page);
    await page.goto(LESSON);
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
    const card = page.locator("[data-flip-card]").last();
    const { top, screen } = await card.evaluate((el) => ({ top: el.getBoundingClientRect().top, screen: innerHeight }));
    expect(top).toBeGreaterThan(2 * screen);
    // Not hydrated: both faces as the HTML has them, neither hidden yet.
    await expect(card.locator('[data-face][aria-hidden="true"]')).toHaveCount(0);
    return card;
  }

  test("waits as the HTML until the reader nears it", async ({ page }) => {
    const card = await openWithoutIdle(page);
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect(card.locator('[data-face="back"]')).toHaveAttribute("aria-hidden", "true");
  });

  test("a tap on it before then works the first time", async ({ page }) => {
    const card = await openWithoutIdle(page);
    await card.dispatchEvent("click");
    await expect(card).toHaveAttribute("aria-pressed", "true");
    await expect(card.locator('[data-face="front"]')).toHaveAttribute("aria-hidden", "true");
  });

  test("a key pressed on it before then works the first time", async ({ page }) => {
    const card = await openWithoutIdle(page);
    await card.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await page.keyboard.press("Enter");
    await expect(card).toHaveAttribute("aria-pressed", "true");
  });
});

test("every block hydrates while the reader stays at the top of the page", async ({ page }) => {
  await openLesson(page); // waits until React has hydrated every block
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

import type { Page } from "@playwright/test";
import { SECTIONS_ATTRIBUTE, SECTIONS_WAIT } from "../components/lesson/offscreen-sections";
import { expect, expectNoAxeViolations, LESSON, openLesson, SCREENS, scrollSettled, test } from "./support";

/**
 * On a phone, sections off screen wait to be drawn until they near the viewport, and nothing a learner does
 * lands in the wrong place because of it: in-page links, level changes, reloads and returns.
 */

/** Whether the content of each of the lesson's sections is drawn now, by section id, in page order. */
function drawn(page: Page): Promise<[string, boolean][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main > article > section")].map((s) => [s.id, (s.firstElementChild ?? s).checkVisibility({ contentVisibilityAuto: true })] as [string, boolean]),
  );
}

const waiting = (page: Page) => page.locator("html").getAttribute(SECTIONS_ATTRIBUTE);

/** How far below the top of the view the page puts an element it scrolls to (below the sticky header). */
const scrollPadding = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);

const [phone, laptop] = SCREENS;

test.describe(`off-screen sections (on ${phone.name})`, () => {
  test.use(phone.use);

  test("a fresh visit draws the first screen; a section is drawn when the learner scrolls to it", async ({ page }) => {
    await openLesson(page);
    expect(await waiting(page)).toBe(SECTIONS_WAIT);
    const sections = await drawn(page);
    expect(sections.length).toBeGreaterThan(1);
    const [id, atLoad] = sections.at(-1)!;
    expect(atLoad, `${id} drawn at load`).toBe(false);

    const section = page.locator(`[id="${id}"]`);
    for (let i = 0; i < 200 && !(await section.evaluate((el) => el.getBoundingClientRect().top < innerHeight)); i++) await page.mouse.wheel(0, 600);
    await expect.poll(async () => (await drawn(page)).find(([s]) => s === id)![1]).toBe(true);
    await expect(section).toBeInViewport();
    expect(await waiting(page), "scrolling leaves the other sections to wait").toBe(SECTIONS_WAIT);
  });

  test("End goes to the true end of the page", async ({ page }) => {
    await openLesson(page);
    await page.locator("body").press("End");
    await scrollSettled(page);
    expect(await waiting(page)).toBeNull();
    expect(await page.evaluate(() => Math.abs(scrollY + innerHeight - document.documentElement.scrollHeight))).toBeLessThan(2);
  });

  test("an in-page link to a section still waiting lands its target just below the header", async ({ page }) => {
    await openLesson(page);
    // The first in-page link whose target is in a section still waiting (a citation, say).
    const links = page.locator('main a[href^="#"]');
    const index = await links.evaluateAll((els) =>
      els.findIndex((a) => {
        const target = document.getElementById(decodeURIComponent(a.getAttribute("href")!.slice(1)));
        const section = target?.closest("main > article > section");
        return !!section?.firstElementChild && !section.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
      }),
    );
    expect(index, "an in-page link to a section still waiting").toBeGreaterThanOrEqual(0);
    const link = links.nth(index);
    const target = page.locator(`[id="${decodeURIComponent((await link.getAttribute("href"))!.slice(1))}"]`);

    await link.click();
    await scrollSettled(page);
    expect(await waiting(page)).toBeNull();
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - (await scrollPadding(page)))).toBeLessThan(2);
  });

  test("an audit run as the page loads, with sections still waiting, finds nothing (Lighthouse's phone too)", async ({ page }) => {
    // Two full axe runs, each of which takes up to 90 s on a slow, loaded machine.
    test.setTimeout(180_000);
    for (const viewport of [phone.use.viewport, { width: 412, height: 823 }]) {
      await page.setViewportSize(viewport);
      await openLesson(page);
      expect(await waiting(page)).toBe(SECTIONS_WAIT);
      await expectNoAxeViolations(page, `lesson at ${viewport.width} px as loaded`, { asLoaded: true });
    }
  });

  test("a level change keeps the reader's place with the sections above still waiting", async ({ context, page }) => {
    await openLesson(page);
    const heading = page.locator("main > article > section[data-section] h2").last();
    // Scrolled to as a jump from the browser would (its own section drawn, the ones above not).
    await heading.evaluate((el) => {
      document.documentElement.style.scrollBehavior = "auto";
      el.scrollIntoView({ block: "start" });
      window.scrollBy(0, el.getBoundingClientRect().top - 120);
    });
    await scrollSettled(page);
    expect((await drawn(page)).filter(([, d]) => !d).length, "sections still waiting").toBeGreaterThan(0);
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    const level = await page.locator("html").getAttribute("data-level");

    // A second tab changes the level; this tab follows through the storage event.
    const other = await context.newPage();
    await openLesson(other);
    const radios = other.getByRole("group", { name: "Read as" }).getByRole("radio");
    await radios.filter({ hasNot: other.locator(`[value="${level}"]`) }).first().check();
    await expect(page.locator("html")).not.toHaveAttribute("data-level", level!);
    await expect.poll(() => waiting(page)).toBeNull();
    expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - before)).toBeLessThan(2);
  });

  test("a reload, a return through history and a link to a place draw every section from the start", async ({ page }) => {
    await openLesson(page);
    expect(await waiting(page)).toBe(SECTIONS_WAIT);
    await page.reload();
    expect(await waiting(page)).toBeNull();
    expect((await drawn(page)).every(([, d]) => d)).toBe(true);

    const last = (await drawn(page)).at(-1)![0];
    await page.goto(`${LESSON}#${last}`);
    expect(await waiting(page)).toBeNull();
    await expect(page.locator(`[id="${last}"]`)).toBeInViewport();

    await page.goto("/");
    await page.goBack();
    expect(await waiting(page)).toBeNull();
  });

  test("with JavaScript off every section is drawn", async ({ browser }) => {
    const context = await browser.newContext({ ...phone.use, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    expect(await waiting(page)).toBeNull();
    const sections = await drawn(page);
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every(([, d]) => d)).toBe(true);
    await context.close();
  });
});

test.describe(`off-screen sections (on ${laptop.name})`, () => {
  test.use(laptop.use);

  test("a screen wider than a phone's draws every section from the start", async ({ page }) => {
    await openLesson(page);
    expect(await waiting(page)).toBeNull();
    expect((await drawn(page)).every(([, d]) => d)).toBe(true);
  });
});

import { expect, type Page } from "@playwright/test";
import { BLOCKS_ATTRIBUTE } from "../../lib/lesson-block";
import { SITE_LESSON } from "./lesson-data";

/** The lesson the site's specs drive by default (the Okta lesson), and where it saves progress. */
export const LESSON = `/lessons/${SITE_LESSON.slug}/`;
export const STORAGE_KEY = `techclick:progress:${SITE_LESSON.slug}`;

/** The header's XP meter. */
export const xpMeter = (page: Page) => page.getByRole("banner").getByRole("progressbar", { name: "XP" });

/**
 * Opens the lesson and waits until it is live (see `lessonLive`).
 */
export async function openLesson(page: Page, path = LESSON): Promise<void> {
  await page.goto(path);
  await lessonLive(page);
}

/**
 * Waits until the lesson on the page is live: its scripts (which it loads after its first frame)
 * have run, saved progress has been read, which the XP meter shows by getting a value and every
 * flip card by hiding its other face, and every block of the lesson has hydrated (blocks off screen
 * wait for the browser's idle time; until then one still shows its HTML, which can be shorter than
 * what it shows live). Before that a control can be pressed to no effect. After a `page.reload()`,
 * call this before using a control.
 */
export async function lessonLive(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  // Hidden elements count too: printed, the header is not drawn, but the meter still gets its value.
  const meter = page.getByRole("banner", { includeHidden: true }).getByRole("progressbar", { name: "XP", includeHidden: true });
  await expect(meter).toHaveAttribute("aria-valuenow", /^\d+$/);
  const cards = page.locator("[data-flip-card]");
  await expect(page.locator('[data-flip-card] [data-face][aria-hidden="true"]')).toHaveCount(await cards.count());
  // React keeps its instance on each element it has hydrated.
  const hydrated = (attribute: string) =>
    [...document.querySelectorAll(`[${attribute}] > *`)].every((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$")));
  await expect.poll(() => page.evaluate(hydrated, BLOCKS_ATTRIBUTE)).toBe(true);
}

/**
 * Holds back the page's idle time from now on: `requestIdleCallback` never calls back, so a lesson
 * block off screen hydrates only when the reader nears or touches it.
 */
export async function holdIdleTime(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

/** Waits until the page has stopped scrolling: scrollY holds still for 200 ms. */
export async function scrollSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => new Promise<number>((done) => { const y = scrollY; setTimeout(() => done(scrollY - y), 200); })))
    .toBe(0);
}

/** Saved progress as the page wrote it (under `key`, the Okta lesson's unless given). */
export async function saved(page: Page, key = STORAGE_KEY): Promise<{ state: Record<string, unknown>; version: number } | null> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), key);
}

/** Saved progress as the store writes it (its `state`), or an empty object before any save. */
export async function savedProgress(page: Page, key = STORAGE_KEY): Promise<Record<string, unknown>> {
  return (await saved(page, key))?.state ?? {};
}

/**
 * Holds back the page's scripts from now on until the returned function is called: what the test
 * does before that is done on the page's HTML alone, as a learner does while the scripts load.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

import type { Page } from "@playwright/test";
import { expect, LESSON, test } from "./support";

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Starts recording layout shifts before any of the page's own code runs. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        w.__shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 120) : String(s.node?.nodeName))),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Cumulative Layout Shift as browsers define it: shifts right after a user's input do not count. */
async function unexpectedShifts(page: Page): Promise<Shift[]> {
  return (await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts)).filter((s) => !s.hadRecentInput);
}

async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(60);
  }
}

for (const reducedMotion of ["no-preference", "reduce"] as const) {
  test(`no unexpected layout shift: load, scroll, flip, play and break the demo (motion: ${reducedMotion})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ reducedMotion });
    await recordShifts(page);
    await page.goto(LESSON);
    await page.waitForLoadState("networkidle");
    await scrollThrough(page);

    await page.getByRole("button", { name: /^Card 2 of 4/ }).click();
    const demo = page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });
    await demo.getByRole("button", { name: "Play", exact: true }).click();
    await expect(demo.getByRole("status")).toHaveText(/^Done/, { timeout: 9000 });
    await demo.getByRole("button", { name: "Break it", exact: true }).click();
    await expect(demo.getByRole("status")).toHaveText(/^Broke at step 3/, { timeout: 6000 });
    await page.getByRole("group", { name: "Read as" }).scrollIntoViewIfNeeded();
    await page.getByRole("radio", { name: /^L3 / }).check();
    await scrollThrough(page);
    await page.waitForTimeout(300);

    const shifts = await unexpectedShifts(page);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts, null, 2)).toBeLessThan(0.001);
  });
}

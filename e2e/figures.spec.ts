import { expect, figureCount, openLesson, test } from "./support";

const FIGURES = figureCount();

test.describe("figures", () => {
  test("every figure of the lesson is an image with a name and a description, and a numbered caption", async ({ page }) => {
    expect(FIGURES, "the lesson has figures").toBeGreaterThan(0);
    await openLesson(page);
    const figures = page.locator("main figure");
    await expect(figures).toHaveCount(FIGURES);
    for (let i = 0; i < FIGURES; i++) {
      const figure = figures.nth(i);
      const img = figure.getByRole("img");
      await expect(img).toHaveCount(1);
      await expect(img).toHaveAccessibleName(/\S/);
      await expect(img).toHaveAccessibleDescription(/\S/);
      await expect(figure.locator("figcaption")).toContainText(`Figure ${i + 1} —`);
    }
  });

  test("with reduced motion the figures are still there, named and described", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openLesson(page);
    const images = page.locator("main figure").getByRole("img");
    await expect(images).toHaveCount(FIGURES);
    for (let i = 0; i < FIGURES; i++) {
      await images.nth(i).scrollIntoViewIfNeeded();
      await expect(images.nth(i)).toBeVisible();
      await expect(images.nth(i)).toHaveAccessibleName(/\S/);
    }
  });

  test("a figure off screen at load plays its entrance when it scrolls in; one on screen stays as drawn", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await openLesson(page);
    const art = page.locator("main figure").first();
    await expect(art).toHaveAttribute("data-inview", "pending");
    await art.scrollIntoViewIfNeeded();
    await expect(art).toHaveAttribute("data-inview", "true");

    // A screen tall enough to show the whole lesson: every figure is on it at load, so none is hidden.
    const height = await page.evaluate(() => document.documentElement.scrollHeight + 1000);
    await page.setViewportSize({ width: 1280, height });
    await openLesson(page);
    const all = page.locator("main figure");
    await expect(all.first()).toBeInViewport();
    // The observer reports once the page has been laid out; give it a frame before reading.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const states = await all.evaluateAll((els) => els.map((el) => el.getAttribute("data-inview")));
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((state) => state !== null), "figures hidden for an entrance").toEqual([]);
  });
});

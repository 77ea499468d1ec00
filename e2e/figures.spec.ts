import { expect, openLesson, test } from "./support";

test.describe("figures", () => {
  test("four figures, each an image with a name and a description, and a numbered caption", async ({ page }) => {
    await openLesson(page);
    const figures = page.locator("main figure");
    await expect(figures).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
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
    await expect(images).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      await images.nth(i).scrollIntoViewIfNeeded();
      await expect(images.nth(i)).toBeVisible();
      await expect(images.nth(i)).toHaveAccessibleName(/\S/);
    }
  });
});

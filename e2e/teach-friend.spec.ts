import { expect, openLesson, test } from "./support";

test.describe("teach a friend", () => {
  test.describe("with the Clipboard API", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("Generate summary, then Copy puts it on the clipboard", async ({ page }) => {
      await openLesson(page);
      const section = page.locator("#teach-a-friend");
      await section.getByRole("button", { name: "Generate summary" }).click();
      const summary = section.getByLabel("Summary to share");
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText("Learn it here: ");
      await section.getByRole("button", { name: "Copy" }).click();
      await expect(section.getByRole("status")).toHaveText("Copied");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await summary.textContent());
      expect(copied.split("\n")[0]).toMatch(/— in 4 points:$/);
    });
  });

  test("without the Clipboard API the summary is selected instead", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await openLesson(page);
    const section = page.locator("#teach-a-friend");
    await section.getByRole("button", { name: "Generate summary" }).click();
    await section.getByRole("button", { name: "Copy" }).click();
    await expect(section.getByRole("status")).toHaveText("Selected — press Ctrl+C to copy");
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).toBe(await section.getByLabel("Summary to share").textContent());
  });
});

import { answerByMouse, expect, LESSON, openLesson, option, question, saved, STORAGE_KEY, test, xpMeter } from "./support";

test.describe("progress on this device", () => {
  for (const [what, raw] of [
    ["corrupt JSON", "{not json"],
    ["a foreign shape", JSON.stringify({ state: { answers: [1, 2], level: 42, passed: "yes" }, version: 2 })],
    ["an unknown future version", JSON.stringify({ state: { answers: { q1: { choice: "zz" } } }, version: 99 })],
  ] as const) {
    test(`${what} in storage is dropped and the page works`, async ({ page }) => {
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("seeded", "1");
        }
      }, [STORAGE_KEY, raw] as const);
      await openLesson(page);
      await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
      await expect(page.locator("#wrap-up")).toContainText("You've answered 0 inline (of 4). Ten left.");
      await answerByMouse(page, 1, "c");
      await expect(question(page, 1).getByRole("status")).toContainText("✓ Right");
      expect((await saved(page))?.state).toMatchObject({ answers: { q1: { choice: "c", locked: true } } });
      await expect(page.locator("[data-storage-note]")).toHaveCount(0);
    });
  }

  test("an answer to an edited question is dropped, with a note, and the pass is kept", async ({ page }) => {
    const stored = {
      state: { answers: { q5: { choice: "a", hash: "an-old-hash", locked: true } }, passed: { date: "2026-01-01", score: 8, total: 10 } },
      version: 2,
    };
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    }, [STORAGE_KEY, JSON.stringify(stored)] as const);
    await openLesson(page);
    await expect(page.locator("[data-stale-note]")).toContainText("Your saved answer to Q5 was cleared because that question has changed since you answered. Your other answers and your completion are kept.");
    await expect(option(page, 5, "a")).not.toBeChecked();
    await expect(page.locator("[data-wrap-up-submit]")).toContainText("You have completed this lesson (8 of 10)");
    await page.locator("[data-stale-note]").getByRole("button", { name: "Dismiss" }).click();
    await expect(page.locator("[data-stale-note]")).toHaveCount(0);
  });

  test("storage that throws falls back to memory and says so", async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    await openLesson(page);
    await expect(page.locator("[data-storage-note]")).toHaveText(/Progress can't be saved in this browser \(private mode\?\) — it lasts until you close the tab\./);
    await answerByMouse(page, 1, "b");
    await expect(question(page, 1).getByRole("status")).toContainText("Not quite — you chose b.");
    await option(page, 5, "a").check();
    await expect(page.locator("#wrap-up")).toContainText("You've answered 1 inline (of 4). Eight left.");
  });

  test("a second tab stays in step", async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openLesson(first);
    await openLesson(second);
    await answerByMouse(first, 1, "c");
    await option(first, 6, "d").check();
    await expect(option(second, 6, "d")).toBeChecked();
    await expect(question(second, 1).getByRole("status")).toContainText("✓ Right — you chose c.");
    await expect(xpMeter(second)).toHaveAttribute("aria-valuenow", (await xpMeter(first).getAttribute("aria-valuenow")) ?? "");

    await option(second, 6, "a").check();
    await expect(option(first, 6, "a")).toBeChecked();
  });

  test("Reset my progress asks first, then clears everything", async ({ page }) => {
    await openLesson(page);
    await answerByMouse(page, 1, "c");
    await option(page, 5, "a").check();
    const reset = page.getByRole("button", { name: "Reset my progress" });

    await reset.click();
    const dialog = page.getByRole("alertdialog", { name: "Reset your progress on this lesson?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(option(page, 5, "a")).toBeChecked();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();

    await reset.click();
    await dialog.getByRole("button", { name: "Reset progress" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Your progress on this lesson was reset.")).toBeVisible();
    await expect(option(page, 5, "a")).not.toBeChecked();
    await expect(question(page, 1).getByRole("button", { name: "Check" })).toBeDisabled();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
    await page.goto(LESSON);
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
    await expect(option(page, 5, "a")).not.toBeChecked();
  });

  test("reads with JavaScript off: radios, and each answer in a disclosure", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    await expect(question(page, 3).getByRole("radio")).toHaveCount(4);
    await expect(question(page, 3).getByRole("button", { name: "Check" })).toBeHidden();
    await question(page, 3).getByText("Show the answer").click();
    await expect(question(page, 3)).toContainText("Correct: b.");
    await expect(page.locator("#tutor details")).toHaveCount(13);
    await expect(page.getByRole("button", { name: "Ask the AI Tutor" })).toBeHidden();
    await context.close();
  });
});

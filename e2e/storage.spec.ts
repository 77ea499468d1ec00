import { answeredSentence, answerCorrectly, answerWrongly, expect, keyText, LESSON, lessonFrontmatter, openLesson, option, question, saved, STORAGE_KEY, test, wrongResponse, xpMeter } from "./support";

test.describe("progress on this device", () => {
  for (const [what, raw] of [
    ["corrupt JSON", "{not json"],
    ["a foreign shape", JSON.stringify({ state: { answers: [1, 2], level: 42, passed: "yes" }, version: 2 })],
    ["an unknown future version", JSON.stringify({ state: { answers: { q1: { choice: "zz" } } }, version: 99 })],
  ] as const) {
    test(`${what} in storage is dropped and the page works`, async ({ page, lesson }) => {
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("seeded", "1");
        }
      }, [STORAGE_KEY, raw] as const);
      await openLesson(page);
      await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
      await expect(page.locator("#wrap-up")).toContainText(answeredSentence(lesson, 0, 0));
      const q = lesson.inline[0]!;
      await answerCorrectly(page, q);
      await expect(question(page, q).getByRole("status")).toContainText("✓ Right");
      expect((await saved(page))?.state).toMatchObject({ answers: { [q.id]: { choice: q.correct, locked: true } } });
      await expect(page.locator("[data-storage-note]")).toHaveCount(0);
    });
  }

  test("an answer to an edited question is dropped, with a note, and the pass is kept", async ({ page, lesson }) => {
    const q = lesson.wrapUp[0]!;
    const total = lesson.questions.length;
    const stored = {
      state: { answers: { [q.id]: { choice: q.letters[0], hash: "an-old-hash", locked: true } }, passed: { date: "2026-01-01", score: lesson.passMark, total } },
      version: 2,
    };
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    }, [STORAGE_KEY, JSON.stringify(stored)] as const);
    await openLesson(page);
    await expect(page.locator("[data-stale-note]")).toContainText(`Your saved answer to Q${q.number} was cleared because that question has changed since you answered. Your other answers and your completion are kept.`);
    await expect(option(page, q, q.letters[0]!)).not.toBeChecked();
    await expect(page.locator("[data-wrap-up-submit]")).toContainText(`You have completed this lesson (${lesson.passMark} of ${total})`);
    await page.locator("[data-stale-note]").getByRole("button", { name: "Dismiss" }).click();
    await expect(page.locator("[data-stale-note]")).toHaveCount(0);
  });

  test("storage that throws falls back to memory and says so", async ({ page, lesson }) => {
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
    const [above, below] = [lesson.inline[0]!, lesson.wrapUp[0]!];
    await answerWrongly(page, above);
    await expect(question(page, above).getByRole("status")).toContainText(`Not quite — you chose ${wrongResponse(above)}.`);
    await answerWrongly(page, below);
    await expect(page.locator("#wrap-up")).toContainText(answeredSentence(lesson, 1, 1));
  });

  test("a second tab stays in step", async ({ context, lesson }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openLesson(first);
    await openLesson(second);
    const [above, below] = [lesson.inline[0]!, lesson.wrapUp[1]!];
    await answerCorrectly(first, above);
    await answerCorrectly(first, below);
    await expect(option(second, below, below.correct)).toBeChecked();
    await expect(question(second, above).getByRole("status")).toContainText(`✓ Right — you chose ${above.correct}.`);
    await expect(xpMeter(second)).toHaveAttribute("aria-valuenow", (await xpMeter(first).getAttribute("aria-valuenow")) ?? "");

    await answerWrongly(second, below);
    await expect(option(first, below, wrongResponse(below))).toBeChecked();
  });

  test("Reset my progress asks first, then clears everything", async ({ page, lesson }) => {
    await openLesson(page);
    const [above, below] = [lesson.inline[0]!, lesson.wrapUp[0]!];
    const belowChoice = wrongResponse(below);
    await answerCorrectly(page, above);
    await answerWrongly(page, below);
    const reset = page.getByRole("button", { name: "Reset my progress" });

    await reset.click();
    const dialog = page.getByRole("alertdialog", { name: "Reset your progress on this lesson?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(option(page, below, belowChoice)).toBeChecked();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();

    await reset.click();
    await dialog.getByRole("button", { name: "Reset progress" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Your progress on this lesson was reset.")).toBeVisible();
    await expect(option(page, below, belowChoice)).not.toBeChecked();
    await expect(question(page, above).getByRole("button", { name: "Check" })).toBeDisabled();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
    await page.goto(LESSON);
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
    await expect(option(page, below, belowChoice)).not.toBeChecked();
  });

  test("reads with JavaScript off: radios, and each answer in a disclosure", async ({ browser, lesson }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    const q = lesson.inline.at(-1)!;
    await expect(question(page, q).getByRole("radio")).toHaveCount(q.letters.length);
    await expect(question(page, q).getByRole("button", { name: "Check" })).toBeHidden();
    await question(page, q).getByText("Show the answer").click();
    await expect(question(page, q)).toContainText(keyText(q));
    await expect(page.locator("#tutor details")).toHaveCount(lessonFrontmatter().tutor.length);
    await expect(page.getByRole("button", { name: "Ask the AI Tutor" })).toBeHidden();
    await context.close();
  });
});

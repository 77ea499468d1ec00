import { answerByKeyboard, answerByMouse, ANSWERS, expect, openLesson, option, question, saved, test, wrongFor } from "./support";

test.describe("quick checks", () => {
  test("an inline check: native radios, Check, locked feedback announced in words", async ({ page }) => {
    await openLesson(page);
    const q1 = question(page, 1);
    await expect(q1).toContainText("Quick check · Q1 of 10 · Remember", { ignoreCase: true });
    await expect(q1).toHaveAccessibleName(/Q1 of 10.*Which protocol does Okta use/i);
    await expect(q1.getByRole("radio")).toHaveCount(4);
    const check = q1.getByRole("button", { name: "Check" });
    await expect(check).toBeDisabled();

    await option(page, 1, "a").check();
    await expect(check).toBeEnabled();
    await option(page, 1, "b").check();
    await check.click();

    const status = q1.getByRole("status");
    await expect(status).toContainText("Not quite — you chose b.");
    await expect(status).toContainText("Correct: c. Okta provisions custom and partner-built integrations with SCIM 2.0");
    // Locked: the first checked answer stays.
    await expect(option(page, 1, "c")).toBeDisabled();
    await expect(option(page, 1, "b")).toBeChecked();
    await expect(q1.getByRole("button", { name: "Checked" })).toHaveAttribute("aria-disabled", "true");

    await answerByMouse(page, 2, "b");
    await expect(question(page, 2).getByRole("status")).toContainText("✓ Right — you chose b.");
  });

  test("submit is blocked until every question is answered, naming the missing ones", async ({ page }) => {
    await openLesson(page);
    const wrapUp = page.locator("#wrap-up");
    await expect(wrapUp).toContainText("Four questions are in the sections above and six are below: ten in all. Answered: 0 of 4 above, 0 of 6 below. Ten left;");
    await expect(wrapUp).toContainText("70% (7 of 10) completes the lesson.");
    for (const n of [1, 2, 3, 4]) await answerByMouse(page, n, ANSWERS[n]!);
    await expect(wrapUp).toContainText("Answered: 4 of 4 above, 0 of 6 below. Six left;");
    await answerByMouse(page, 5, "a");

    const submit = page.getByRole("button", { name: "Submit all answers" });
    await expect(submit).toHaveAttribute("aria-disabled", "true");
    const missing = page.getByRole("list", { name: "Unanswered questions" });
    await expect(missing.getByRole("link")).toHaveText(["Q6", "Q7", "Q8", "Q9", "Q10"]);
    await expect(missing.getByRole("link", { name: "Q8" })).toHaveAttribute("href", "#q8");
    // aria-disabled keeps the button focusable and clickable: the click must explain, not submit.
    await submit.click({ force: true });
    await expect(page.locator("#wrap-up-unanswered")).toContainText("Answer all 10 questions to submit.");
    await expect(page.locator("[data-result]")).toHaveCount(0);

    await missing.getByRole("link", { name: "Q8" }).click();
    await expect(page).toHaveURL(/#q8$/);
    await expect(question(page, 8)).toBeInViewport();
  });

  test("a failing attempt by keyboard, then a passing one by mouse; the pass is kept", async ({ page }) => {
    await openLesson(page);
    // 6 of 10: the four inline questions wrong.
    for (let n = 1; n <= 10; n++) await answerByKeyboard(page, n, n <= 4 ? wrongFor(n) : ANSWERS[n]!);
    const submit = page.getByRole("button", { name: "Submit all answers" });
    await submit.focus();
    await page.keyboard.press("Enter");

    const result = page.locator("[data-wrap-up-submit]").getByRole("status");
    await expect(result).toContainText("Your score: 6 of 10");
    await expect(result).toContainText('Almost! You need 70% (7 of 10). Re-read the sections below, then choose "Try again".');
    await expect(result.getByRole("link")).toHaveText(["SCIM & the OIN", "Outbound provisioning", "Inbound & mappings", "Lifecycle & Group Push"]);
    await expect(result.getByRole("link", { name: "Outbound provisioning" })).toHaveAttribute("href", "#outbound");
    const tryAgain = page.getByRole("button", { name: "Try again" });
    await expect(page.getByRole("heading", { name: "Your score: 6 of 10" })).toBeFocused();
    await tryAgain.focus();
    expect((await saved(page))?.state).toMatchObject({ submitted: true, passed: null, attempts: [{ score: 6, total: 10 }] });

    await page.keyboard.press("Enter");
    // Everything is cleared, inline checks included.
    await expect(page.locator("#wrap-up")).toContainText("Answered: 0 of 4 above, 0 of 6 below. Ten left;");
    await expect(option(page, 1, wrongFor(1))).not.toBeChecked();
    await expect(option(page, 1, "c")).toBeEnabled();

    // 7 of 10 by mouse: three wrap-up questions wrong.
    for (let n = 1; n <= 10; n++) await answerByMouse(page, n, n >= 8 ? wrongFor(n) : ANSWERS[n]!);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText("Your score: 7 of 10");
    await expect(result).toContainText("Lesson complete — saved on this device.");
    expect((await saved(page))?.state).toMatchObject({ passed: { score: 7, total: 10 } });

    // Another, failing attempt does not take the pass away.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator("[data-wrap-up-submit]")).toContainText("You have completed this lesson (7 of 10)");
    for (let n = 1; n <= 10; n++) await answerByMouse(page, n, wrongFor(n));
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText("Your score: 0 of 10");
    await expect(result).toContainText("Your earlier pass (7 of 10) is kept.");
    expect((await saved(page))?.state).toMatchObject({ passed: { score: 7 } });
  });

  test("review mode shows every choice, the right answer and the explanation", async ({ page }) => {
    await openLesson(page);
    for (let n = 1; n <= 10; n++) await answerByMouse(page, n, n % 2 ? ANSWERS[n]! : wrongFor(n));
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(page.locator("[data-result]")).toBeVisible();
    for (let n = 1; n <= 10; n++) {
      const feedback = question(page, n).locator("[data-feedback]");
      await expect(feedback).toBeVisible();
      await expect(feedback).toContainText(`Correct: ${ANSWERS[n]}.`);
      await expect(feedback).toHaveAttribute("data-feedback", n % 2 ? "right" : "wrong");
      await expect(question(page, n).getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(`^${n % 2 ? ANSWERS[n] : wrongFor(n)}\\.`));
      for (const radio of await question(page, n).getByRole("radio").all()) await expect(radio).toBeDisabled();
    }
    await expect(question(page, 6).locator("[data-feedback]")).toContainText("Not quite — your answer was a.");
    await expect(question(page, 5).locator("[data-feedback]")).toContainText("Attribute mappings decide which Okta profile values fill which app attributes.");
  });

  test("answers, attempts and the pass survive a reload", async ({ page }) => {
    await openLesson(page);
    for (let n = 1; n <= 10; n++) await answerByMouse(page, n, ANSWERS[n]!);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(page.locator("[data-result]")).toContainText("10 of 10");
    await page.reload();
    await expect(page.locator("[data-result]")).toContainText("Lesson complete — saved on this device.");
    await expect(option(page, 7, "c")).toBeChecked();
    await expect(question(page, 1).getByRole("status")).toContainText("✓ Right — you chose c.");
  });

  test("a wrap-up answer can change until submitting", async ({ page }) => {
    await openLesson(page);
    await option(page, 5, "b").check();
    await option(page, 5, "a").check();
    await page.reload();
    await expect(option(page, 5, "a")).toBeChecked();
    await expect(option(page, 5, "b")).toBeEnabled();
    await expect(question(page, 5).locator("[data-feedback]")).toHaveCount(0);
  });
});

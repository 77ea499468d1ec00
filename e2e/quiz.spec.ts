/**
 * The assessment of whichever lesson the project drives (the Okta lesson, and a fixture lesson of
 * another size and pass mark): every count, answer and pass mark below comes from the lesson's data.
 */
import {
  answerAll,
  allowForAnswering,
  answeredSentence,
  answerCorrectly,
  answerWrongly,
  checkButton,
  expect,
  firstRight,
  keyText,
  layoutSentence,
  openLesson,
  option,
  passMarkText,
  question,
  response,
  saved,
  sectionsOf,
  test,
  wrongResponse,
} from "./support";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("quick checks", () => {
  test("an inline check: native radios, Check, locked feedback announced in words", async ({ page, lesson }) => {
    await openLesson(page, lesson.path);
    const [q, next] = lesson.inline.filter((question) => question.kind === "choose-one");
    expect(next, "the lesson has two inline choose-one questions").toBeDefined();
    const fieldset = question(page, q!);
    await expect(fieldset).toContainText(`Quick check · Q${q!.number} of ${q!.of} · ${q!.bloom}`, { ignoreCase: true });
    await expect(fieldset).toHaveAccessibleName(new RegExp(`Q${q!.number} of ${q!.of}.*${escape(q!.prompt.slice(0, 40))}`, "i"));
    await expect(fieldset.getByRole("radio")).toHaveCount(q!.letters.length);
    const check = checkButton(page, q!);
    await expect(check).toBeDisabled();

    const wrong = wrongResponse(q!);
    await option(page, q!, q!.correct).check();
    await expect(check).toBeEnabled();
    await option(page, q!, wrong).check();
    await check.click();

    const status = fieldset.getByRole("status");
    await expect(status).toContainText(`Not quite — you chose ${wrong}.`);
    await expect(status).toContainText(`Correct: ${q!.correct}.`);
    // The explanation follows the key.
    expect(((await status.textContent()) ?? "").split(`Correct: ${q!.correct}.`)[1]?.trim()).not.toBe("");
    // Locked: the first checked answer stays.
    await expect(option(page, q!, q!.correct)).toBeDisabled();
    await expect(option(page, q!, wrong)).toBeChecked();
    await expect(fieldset.getByRole("button", { name: "Checked" })).toHaveAttribute("aria-disabled", "true");

    await answerCorrectly(page, next!);
    await expect(question(page, next!).getByRole("status")).toContainText(`✓ Right — you chose ${next!.correct}.`);
  });

  test("submit is blocked until every question is answered, naming the missing ones", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page, lesson.path);
    const total = lesson.questions.length;
    const wrapUp = page.locator("#wrap-up");
    await expect(wrapUp).toContainText(`${layoutSentence(lesson)} ${answeredSentence(lesson, 0, 0)}`);
    await expect(wrapUp).toContainText(`${passMarkText(lesson)} completes the lesson.`);
    for (const q of lesson.inline) await answerCorrectly(page, q);
    await expect(wrapUp).toContainText(answeredSentence(lesson, lesson.inline.length, 0));
    const [answered, ...unanswered] = lesson.wrapUp;
    expect(unanswered.length, "the wrap-up has two questions or more").toBeGreaterThan(0);
    await answerWrongly(page, answered!);

    const submit = page.getByRole("button", { name: "Submit all answers" });
    await expect(submit).toHaveAttribute("aria-disabled", "true");
    const missing = page.getByRole("list", { name: "Unanswered questions" });
    await expect(missing.getByRole("link")).toHaveText(unanswered.map((q) => `Q${q.number}`));
    const target = unanswered[Math.floor(unanswered.length / 2)]!;
    await expect(missing.getByRole("link", { name: `Q${target.number}` })).toHaveAttribute("href", `#${target.id}`);
    // aria-disabled keeps the button focusable and clickable: the click must explain, not submit.
    await submit.click({ force: true });
    await expect(page.locator("#wrap-up-unanswered")).toContainText(`Answer all ${total} questions to submit.`);
    await expect(page.locator("[data-result]")).toHaveCount(0);

    await missing.getByRole("link", { name: `Q${target.number}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    await expect(question(page, target)).toBeInViewport();
  });

  test("a failing attempt by keyboard, then a passing one by mouse; the pass is kept", async ({ page, lesson }) => {
    allowForAnswering(lesson, { by: "keyboard" });
    allowForAnswering(lesson, { attempts: 2 });
    await openLesson(page, lesson.path);
    // The page holds the questions an attempt shows, not the variants another one would.
    for (const variant of lesson.variants) await expect(page.locator(`[id="${variant.id}"]`)).toHaveCount(0);
    const total = lesson.questions.length;
    const mark = lesson.passMark;
    // One short of the mark; the questions answered wrong are the last ones.
    const almost = firstRight(lesson, mark - 1);
    await answerAll(page, lesson, almost, "keyboard");
    const submit = page.getByRole("button", { name: "Submit all answers" });
    await submit.focus();
    await page.keyboard.press("Enter");

    const result = page.locator("[data-wrap-up-submit]").getByRole("status");
    await expect(result).toContainText(`Your score: ${mark - 1} of ${total}`);
    await expect(result).toContainText(`Almost! You need ${passMarkText(lesson)}. Re-read the sections below, then choose "Try again".`);
    const reread = sectionsOf(lesson, lesson.questions.filter((q) => !almost(q)));
    await expect(result.getByRole("link")).toHaveText(reread.map((s) => s.short));
    await expect(result.getByRole("link", { name: reread[0]!.short })).toHaveAttribute("href", `#${reread[0]!.id}`);
    const tryAgain = page.getByRole("button", { name: "Try again" });
    await expect(page.getByRole("heading", { name: `Your score: ${mark - 1} of ${total}` })).toBeFocused();
    await tryAgain.focus();
    expect((await saved(page, lesson.storageKey))?.state).toMatchObject({ submitted: true, passed: null, attempts: [{ score: mark - 1, total }] });

    await page.keyboard.press("Enter");
    // Everything is cleared, inline checks included.
    await expect(page.locator("#wrap-up")).toContainText(answeredSentence(lesson, 0, 0));
    const first = lesson.questions[0]!;
    await expect(option(page, first, response(first, almost(first)))).not.toBeChecked();
    await expect(option(page, first, first.correct)).toBeEnabled();

    // The retake's variants take their places; the questions they vary leave the page.
    const retaken = lesson.shownOn(1).filter((q) => q.variantOf !== null);
    for (const variant of retaken) {
      await expect(page.locator(`fieldset[id="${variant.id}"]`)).toBeVisible();
      await expect(page.locator(`[id="${variant.variantOf}"]`)).toHaveCount(0);
    }

    // Exactly the mark, by mouse, on the retake's variants.
    await answerAll(page, lesson, firstRight(lesson, mark), "mouse", 1);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText(`Your score: ${mark} of ${total}`);
    await expect(result).toContainText("Lesson complete — saved on this device.");
    expect((await saved(page, lesson.storageKey))?.state).toMatchObject({ passed: { score: mark, total } });

    // Another, failing attempt does not take the pass away.
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator("[data-wrap-up-submit]")).toContainText(`You have completed this lesson (${mark} of ${total})`);
    await answerAll(page, lesson, () => false, "mouse", 2);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText(`Your score: 0 of ${total}`);
    await expect(result).toContainText(`Your earlier pass (${mark} of ${total}) is kept.`);
    expect((await saved(page, lesson.storageKey))?.state).toMatchObject({ passed: { score: mark } });
  });

  test("review mode shows every choice, the right answer and the explanation", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page, lesson.path);
    const right = (q: { number: number }) => q.number % 2 === 1;
    await answerAll(page, lesson, right);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(page.locator("[data-result]")).toBeVisible();
    for (const q of lesson.questions) {
      const feedback = question(page, q).locator("[data-feedback]");
      await expect(feedback).toBeVisible();
      await expect(feedback).toContainText(keyText(q));
      expect(((await feedback.textContent()) ?? "").split(keyText(q))[1]?.trim(), `Q${q.number}'s explanation`).not.toBe("");
      await expect(feedback).toHaveAttribute("data-feedback", right(q) ? "right" : "wrong");
      if (q.kind === "choose-one") await expect(question(page, q).getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(`^${response(q, right(q))}\\.`));
      for (const input of await question(page, q).locator("input").all()) await expect(input).toBeDisabled();
      await expect(question(page, q).getByRole("button", { name: /^Move/ })).toHaveCount(0);
    }
    const missedBelow = lesson.wrapUp.find((q) => !right(q) && q.kind === "choose-one")!;
    await expect(question(page, missedBelow).locator("[data-feedback]")).toContainText(`Not quite — your answer was ${wrongResponse(missedBelow)}.`);
  });

  test("answers, attempts and the pass survive a reload", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page, lesson.path);
    const total = lesson.questions.length;
    await answerAll(page, lesson, () => true);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(page.locator("[data-result]")).toContainText(`${total} of ${total}`);
    await page.reload();
    await expect(page.locator("[data-result]")).toContainText("Lesson complete — saved on this device.");
    const last = lesson.wrapUp.filter((q) => q.kind === "choose-one").at(-1)!;
    await expect(option(page, last, last.correct)).toBeChecked();
    const first = lesson.inline[0]!;
    await expect(question(page, first).getByRole("status")).toContainText(`✓ Right — you chose ${first.correct}.`);
  });

  test("a wrap-up answer can change until submitting", async ({ page, lesson }) => {
    await openLesson(page, lesson.path);
    const q = lesson.wrapUp.find((question) => question.kind === "choose-one")!;
    const [before, after] = [q.letters[1]!, q.letters[0]!];
    await option(page, q, before).check();
    await option(page, q, after).check();
    await page.reload();
    await expect(option(page, q, after)).toBeChecked();
    await expect(option(page, q, before)).toBeEnabled();
    await expect(question(page, q).locator("[data-feedback]")).toHaveCount(0);
  });
});

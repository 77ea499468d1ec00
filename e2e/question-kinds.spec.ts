/**
 * The question kinds and the retake, as a learner meets them in the lesson: choose all that apply
 * (checkboxes, each option marked right, wrong or missed), put in order (Move up / Move down by
 * keyboard, each move announced), saved and restored, and a retake that shows every wrap-up
 * question as another variant or in another order. Questions and keys come from the lesson's data.
 */
import {
  allowForAnswering,
  answerAll,
  choose,
  expect,
  openLesson,
  question,
  saved,
  SCREENS,
  test,
  wrongResponse,
  type QuizLesson,
  type QuizQuestion,
} from "./support";
import type { Page } from "@playwright/test";

const ofKind = (lesson: QuizLesson, kind: QuizQuestion["kind"]) => lesson.questions.filter((q) => q.kind === kind);

/** What an attempt shows of each wrap-up place: the variant's id and its options' order. */
async function wrapUpScreen(page: Page, lesson: QuizLesson, retake: number): Promise<{ id: string; order: string }[]> {
  const screen = [];
  for (const q of lesson.shownOn(retake).filter((shown) => !shown.inline)) {
    const fieldset = question(page, q);
    await expect(fieldset).toHaveAttribute("id", q.id);
    const order = await fieldset.locator("input[value], [data-step]").evaluateAll((items) => items.map((i) => i.getAttribute("value") ?? i.getAttribute("data-step")).join(""));
    screen.push({ id: q.id, order });
  }
  return screen;
}

for (const screen of SCREENS) {
  test.describe(`on ${screen.name}`, () => {
    test.use(screen.use);

    test("choose all that apply: checkboxes, all or nothing, and each option marked after submitting", async ({ page, lesson }) => {
      const q = ofKind(lesson, "choose-all").find((found) => !found.inline);
      expect(q, "the lesson has a wrap-up choose-all question").toBeDefined();
      allowForAnswering(lesson);
      await openLesson(page, lesson.path);
      const fieldset = question(page, q!);
      await expect(fieldset).toHaveAccessibleName(/Choose all that apply/);
      await expect(fieldset.getByRole("checkbox")).toHaveCount(q!.letters.length);
      await expect(fieldset.getByRole("radio")).toHaveCount(0);

      // One right option and one that does not apply: not the point, and every option says why.
      const [rightOne, ...missed] = [...q!.correct];
      const wrong = wrongResponse(q!);
      await answerAll(page, lesson, (other) => other.id !== q!.id);
      await choose(page, q!, [rightOne, wrong].sort().join(""));
      await page.getByRole("button", { name: "Submit all answers" }).click();
      await expect(fieldset.locator("[data-feedback]")).toHaveAttribute("data-feedback", "wrong");
      await expect(fieldset.locator(`input[value="${rightOne}"]`)).toHaveAccessibleName(/— right$/);
      await expect(fieldset.locator(`input[value="${wrong}"]`)).toHaveAccessibleName(/— wrong: this one does not apply$/);
      for (const letter of missed) await expect(fieldset.locator(`input[value="${letter}"]`)).toHaveAccessibleName(/— missed: this one applies$/);
      await expect(page.locator("[data-wrap-up-submit]").getByRole("status")).toContainText(`Your score: ${lesson.questions.length - 1} of ${lesson.questions.length}`);
    });

    test("put in order: Move up and Move down by keyboard, each move announced, kept after a reload", async ({ page, lesson }) => {
      const q = ofKind(lesson, "order")[0];
      expect(q, "the lesson has a put-in-order question").toBeDefined();
      await openLesson(page, lesson.path);
      const fieldset = question(page, q!);
      await expect(fieldset).toHaveAccessibleName(/Move up and Move down/);
      const steps = fieldset.locator("[data-step]");
      const start = (await steps.evaluateAll((items) => items.map((i) => i.getAttribute("data-step")))).join("");
      expect(start, "a put-in-order question never starts in its right order").not.toBe(q!.correct);

      // The second step moves up with the keyboard; the button keeps the focus and the move is said.
      const second = steps.nth(1);
      const moved = (await second.getAttribute("data-step"))!;
      const up = second.getByRole("button", { name: /^Move up: / });
      await up.focus();
      await page.keyboard.press("Enter");
      await expect(steps.first()).toHaveAttribute("data-step", moved);
      await expect(fieldset.getByRole("status").filter({ hasText: "moved to step 1" })).toHaveText(/moved to step 1 of \d+\./);
      await expect(steps.first().getByRole("button", { name: /^Move down: / })).toBeFocused();
      await expect(steps.first().getByRole("button", { name: /^Move up: / })).toBeDisabled();

      // The right order, then the reload: the arrangement and the answer come back.
      await choose(page, q!, q!.correct, "keyboard");
      const before = (await saved(page, lesson.storageKey))?.state as { answers: Record<string, { choice: string }> };
      expect(before.answers[q!.id]?.choice).toBe(q!.correct);
      await page.reload();
      await expect(steps).toHaveCount(q!.letters.length);
      // Saved progress is read a moment after the page starts: the order comes back then.
      await expect.poll(async () => (await steps.evaluateAll((items) => items.map((i) => i.getAttribute("data-step")))).join("")).toBe(q!.correct);
      if (q!.inline) await expect(fieldset.locator('[data-feedback="right"]')).toBeVisible();
    });

    test("a retake shows every wrap-up question as another variant or in another order", async ({ page, lesson }) => {
      allowForAnswering(lesson, { attempts: 2 });
      await openLesson(page, lesson.path);
      const first = await wrapUpScreen(page, lesson, 0);
      await answerAll(page, lesson, () => false);
      await page.getByRole("button", { name: "Submit all answers" }).click();
      await expect(page.locator('[data-result="fail"]')).toBeVisible();
      // The failed attempt shows every right answer: copying it must not pass the retake.
      await page.getByRole("button", { name: "Try again" }).click();
      const retake = await wrapUpScreen(page, lesson, 1);
      expect(retake).toHaveLength(first.length);
      retake.forEach((shown, i) => expect(shown.id !== first[i]!.id || shown.order !== first[i]!.order, `wrap-up place ${i + 1}: ${shown.id}`).toBe(true));
      // The variants shown are the ones scored: answering them right passes.
      await answerAll(page, lesson, () => true, "mouse", 1);
      await page.getByRole("button", { name: "Submit all answers" }).click();
      await expect(page.locator('[data-result="pass"]')).toContainText(`${lesson.questions.length} of ${lesson.questions.length}`);
      expect((await saved(page, lesson.storageKey))?.state).toMatchObject({ retakes: 1, attempts: [{ score: 0 }, { score: lesson.questions.length }] });
    });
  });
}

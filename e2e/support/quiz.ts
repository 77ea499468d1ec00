import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { sayLetters } from "../../lib/quiz/letters";
import type { QuizLesson, QuizQuestion } from "./lesson-data";

/** A page, or the frame of an LMS player that shows the lesson. */
export type Root = Page | FrameLocator;

export type AnswerBy = "mouse" | "keyboard";

/** The fieldset of question q, by its legend ("… Q3 of 10 …"); of a question's variants, the one shown. */
export const question = (root: Root, q: QuizQuestion): Locator => root.getByRole("group", { name: new RegExp(`\\bQ${q.number} of ${q.of}\\b`) });

/**
 * Option `letter` of a choice question (a radio or a checkbox), by the letter the author's order
 * gives it: the letter shown before it can differ on a retake, when the options are reordered.
 */
export const option = (root: Root, q: QuizQuestion, letter: string): Locator => question(root, q).locator(`input[value="${letter}"]`);

/** The inline question's own Check button. */
export const checkButton = (root: Root, q: QuizQuestion): Locator => question(root, q).getByRole("button", { name: /^Check(ed)?$/ });

/** The right response to q, in its kind's letter form: "b", "ac", or the steps' right order. */
export const rightResponse = (q: QuizQuestion): string => q.correct;

/** A wrong response to q: its first option that is not right (choose one or all), or the right order with its first two steps swapped. */
export function wrongResponse(q: QuizQuestion): string {
  if (q.kind === "order") return q.correct.charAt(1) + q.correct.charAt(0) + q.correct.slice(2);
  const wrong = q.letters.find((letter) => !q.correct.includes(letter));
  if (!wrong) throw new Error(`${q.id} has no wrong option, expected at least one option that is not marked correct`);
  return wrong;
}

/** The response a learner gives when answering q right or wrong. */
export const response = (q: QuizQuestion, right: boolean): string => (right ? rightResponse(q) : wrongResponse(q));

/** What the feedback says after "Correct:" for the key: "b.", "a and c.", or "Correct order:" for steps. */
export const keyText = (q: QuizQuestion): string => (q.kind === "order" ? "Correct order:" : `Correct: ${sayLetters([...q.correct])}.`);

/** The steps of a put-in-order question as they stand, by the letters of the author's order. */
async function stepsNow(root: Root, q: QuizQuestion): Promise<string> {
  const steps = await question(root, q).locator("[data-step]").evaluateAll((items) => items.map((item) => item.getAttribute("data-step") ?? ""));
  return steps.join("");
}

/** Moves the steps of an order question into `target` with Move up (mouse clicks, or Enter by keyboard). */
async function arrange(root: Root, q: QuizQuestion, target: string, by: AnswerBy): Promise<void> {
  for (let place = 0; place < target.length; place++) {
    let now = await stepsNow(root, q);
    while (now.indexOf(target[place]!) > place) {
      const up = question(root, q).locator(`[data-step="${target[place]}"] [data-move="up"]`);
      if (by === "keyboard" && "keyboard" in root) {
        await up.focus();
        await root.keyboard.press("Enter");
      } else await up.click();
      const before = now;
      await expect.poll(() => stepsNow(root, q)).not.toBe(before);
      now = await stepsNow(root, q);
    }
  }
  await expect.poll(() => stepsNow(root, q)).toBe(target);
}

/**
 * Gives `answer` (in q's letter form) as the response to q, by mouse or keyboard, the way its kind
 * asks: a radio, checkboxes, or steps moved up into place. An inline question is then checked with
 * its Check button; a wrap-up order question already in the wanted order is kept as the answer.
 */
export async function choose(root: Root, q: QuizQuestion, answer: string, by: AnswerBy = "mouse"): Promise<void> {
  if (by === "keyboard" && !("keyboard" in root)) throw new Error("answering by keyboard needs the page, not a frame");
  const page = root as Page;
  if (q.kind === "order") {
    await arrange(root, q, answer, by);
    const keep = question(root, q).getByRole("button", { name: "Keep this order as my answer" });
    if (!q.inline && (await keep.isVisible())) await keep.click();
  } else if (q.kind === "choose-all") {
    for (const letter of q.letters) {
      const box = option(root, q, letter);
      if ((await box.isChecked()) === answer.includes(letter)) continue;
      if (by === "keyboard") {
        await box.focus();
        await page.keyboard.press("Space");
      } else await box.click();
      await expect(box).toBeChecked({ checked: answer.includes(letter) });
    }
  } else if (by === "mouse") {
    await option(root, q, answer).click();
  } else {
    // Arrow keys move through the radios in the order shown and choose as they go.
    await question(root, q).getByRole("radio").first().focus();
    await page.keyboard.press("Space");
    for (let i = 0; i < q.letters.length && !(await option(root, q, answer).isChecked()); i++) await page.keyboard.press("ArrowDown");
    await expect(option(root, q, answer)).toBeChecked();
  }
  if (!q.inline) return;
  if (by === "keyboard") {
    await checkButton(root, q).focus();
    await page.keyboard.press("Enter");
  } else await checkButton(root, q).click();
  await expect(checkButton(root, q)).toHaveText("Checked");
}

/** Answers q right (and checks it when inline): the one way the kit answers a question right. */
export const answerCorrectly = (root: Root, q: QuizQuestion, by: AnswerBy = "mouse") => choose(root, q, rightResponse(q), by);

/** Answers q wrong (and checks it when inline): the one way the kit answers a question wrong. */
export const answerWrongly = (root: Root, q: QuizQuestion, by: AnswerBy = "mouse") => choose(root, q, wrongResponse(q), by);

/** Answers q right or wrong. */
export const answer = (root: Root, q: QuizQuestion, right: boolean, by: AnswerBy = "mouse") => (right ? answerCorrectly(root, q, by) : answerWrongly(root, q, by));

/**
 * Answers every question an attempt shows, in page order: right where `right(q)` says so, wrong
 * elsewhere. `retake` says which attempt (0 for the first): a retake shows each question's next variant.
 */
export async function answerAll(root: Root, lesson: QuizLesson, right: (q: QuizQuestion) => boolean, by: AnswerBy = "mouse", retake = 0): Promise<void> {
  for (const q of lesson.shownOn(retake)) await answer(root, q, right(q), by);
}

import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import type { QuizLesson, QuizQuestion } from "./lesson-data";

/** A page, or the frame of an LMS player that shows the lesson. */
export type Root = Page | FrameLocator;

export type AnswerBy = "mouse" | "keyboard";

/** The fieldset of question q, by its legend ("… Q3 of 10 …"). */
export const question = (root: Root, q: QuizQuestion): Locator => root.getByRole("group", { name: new RegExp(`\\bQ${q.number} of ${q.of}\\b`) });

/** Option `letter` of question q, by its accessible name ("c. …"). */
export const option = (root: Root, q: QuizQuestion, letter: string): Locator => question(root, q).getByRole("radio", { name: new RegExp(`^${letter}\\.`) });

/** The inline question's own Check button. */
export const checkButton = (root: Root, q: QuizQuestion): Locator => question(root, q).getByRole("button", { name: "Check" });

/** The right response to q: the letter of its correct option. */
export const rightResponse = (q: QuizQuestion): string => q.correct;

/** A wrong response to q: its first option that is not the correct one. */
export function wrongResponse(q: QuizQuestion): string {
  const wrong = q.letters.find((letter) => letter !== q.correct);
  if (!wrong) throw new Error(`${q.id} has no wrong option, expected at least two options`);
  return wrong;
}

/** The response a learner gives when answering q right or wrong. */
export const response = (q: QuizQuestion, right: boolean): string => (right ? rightResponse(q) : wrongResponse(q));

/**
 * Gives `letter` as the answer to q — the mouse clicks the option, the keyboard focuses the first
 * option and moves with the arrows — and, for an inline question, checks it with its Check button
 * (reached by Tab from the options when by keyboard).
 */
export async function choose(root: Root, q: QuizQuestion, letter: string, by: AnswerBy = "mouse"): Promise<void> {
  if (by === "mouse") {
    await option(root, q, letter).click();
    if (q.inline) await checkButton(root, q).click();
    return;
  }
  if (!("keyboard" in root)) throw new Error("answering by keyboard needs the page, not a frame");
  const first = q.letters[0]!;
  await option(root, q, first).focus();
  await root.keyboard.press("Space");
  for (let i = 0; i < q.letters.indexOf(letter); i++) await root.keyboard.press("ArrowDown");
  await expect(option(root, q, letter)).toBeChecked();
  if (q.inline) {
    await root.keyboard.press("Tab");
    await expect(checkButton(root, q)).toBeFocused();
    await root.keyboard.press("Enter");
  }
}

/** Answers q right (and checks it when inline): the one way the kit answers a question right. */
export const answerCorrectly = (root: Root, q: QuizQuestion, by: AnswerBy = "mouse") => choose(root, q, rightResponse(q), by);

/** Answers q wrong (and checks it when inline): the one way the kit answers a question wrong. */
export const answerWrongly = (root: Root, q: QuizQuestion, by: AnswerBy = "mouse") => choose(root, q, wrongResponse(q), by);

/** Answers q right or wrong. */
export const answer = (root: Root, q: QuizQuestion, right: boolean, by: AnswerBy = "mouse") => (right ? answerCorrectly(root, q, by) : answerWrongly(root, q, by));

/** Answers every question of the lesson, in page order: right where `right(q)` says so, wrong elsewhere. */
export async function answerAll(root: Root, lesson: QuizLesson, right: (q: QuizQuestion) => boolean, by: AnswerBy = "mouse"): Promise<void> {
  for (const q of lesson.questions) await answer(root, q, right(q), by);
}

/**
 * A learner's saved answer to a question the instructor has since reworded (its saved hash no
 * longer matches) is cleared on load; the page says which question it was, in the wrap-up and in
 * the question itself, and every other answer and the earned pass stay.
 */
import { answerCorrectly, answerWrongly, expect, openLesson, option, question, saved, STORAGE_KEY as KEY, test, wrongResponse } from "./support";

test("a saved answer with a stale hash is cleared, named in the note, and nothing else is lost", async ({ page, lesson }) => {
  await openLesson(page);
  const [edited, kept] = [lesson.wrapUp[0]!, lesson.wrapUp[1]!];
  await answerWrongly(page, edited);
  await answerCorrectly(page, kept);
  const progress = (await saved(page))!;
  const answers = progress.state.answers as Record<string, { choice: string; hash: string; locked: boolean }>;
  expect(answers[edited.id]?.hash).toMatch(/^[0-9a-z]+$/);

  // As if the question was answered before an instructor reworded it: its saved hash is an older one.
  const total = lesson.questions.length;
  const stale = {
    ...progress,
    state: { ...progress.state, answers: { ...answers, [edited.id]: { ...answers[edited.id]!, hash: "an-older-hash" } }, passed: { date: "2026-01-01", score: lesson.passMark, total } },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(stale)] as const);
  await openLesson(page);

  const note = page.locator("[data-stale-note]");
  await expect(note).toContainText(`Your saved answer to Q${edited.number} was cleared because that question has changed since you answered. Your other answers and your completion are kept.`);
  await expect(note.getByRole("link", { name: `Q${edited.number}` })).toHaveAttribute("href", `#${edited.id}`);
  await expect(question(page, edited).locator("[data-stale-question]")).toHaveText("This question changed since you answered it, so your earlier answer was cleared.");
  await expect(question(page, kept).locator("[data-stale-question]")).toHaveCount(0);

  await expect(option(page, edited, wrongResponse(edited))).not.toBeChecked();
  await expect(option(page, kept, kept.correct)).toBeChecked();
  await expect(page.locator("[data-wrap-up-submit]")).toContainText(`You have completed this lesson (${lesson.passMark} of ${total})`);

  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toHaveCount(0);
  await expect(page.locator("[data-stale-question]")).toHaveCount(0);
});

test("answers to several changed questions are listed in order, and a removed one is counted", async ({ page, lesson }) => {
  await openLesson(page);
  // Two changed questions, one in a section and one in the wrap-up, and one that stays.
  const choices = lesson.wrapUp.filter((q) => q.kind === "choose-one");
  const [early, late, kept] = [lesson.inline[1]!, choices.at(-1)!, choices.at(-2)!];
  for (const q of [early, kept, late]) await option(page, q, q.correct).check();
  const progress = (await saved(page))!;
  const answers = progress.state.answers as Record<string, { choice: string; hash: string; locked: boolean }>;
  const edited = {
    ...answers,
    [late.id]: { ...answers[late.id]!, hash: "older" },
    [early.id]: { ...answers[early.id]!, hash: "older" },
    "q-removed": { choice: "a", hash: "gone", locked: true },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ ...progress, state: { ...progress.state, answers: edited } })] as const);
  await openLesson(page);
  await expect(page.locator("[data-stale-note]")).toContainText(
    `Your saved answers to Q${early.number} and Q${late.number} were cleared because those questions have changed since you answered. A saved answer to a question that no longer exists was cleared. Your other answers are kept.`,
  );
  await expect(option(page, kept, kept.correct)).toBeChecked();
});

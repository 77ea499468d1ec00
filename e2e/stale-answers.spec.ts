/**
 * A learner's saved answer to a question the instructor has since reworded (its saved hash no
 * longer matches) is cleared on load; the page says which question it was, in the wrap-up and in
 * the question itself, and every other answer and the earned pass stay.
 */
import { expect, openLesson, option, question, saved, STORAGE_KEY as KEY, test } from "./support";

test("a saved answer with a stale hash is cleared, named in the note, and nothing else is lost", async ({ page }) => {
  await openLesson(page);
  await option(page, 5, "a").check();
  await option(page, 6, "d").check();
  const progress = (await saved(page))!;
  const answers = progress.state.answers as Record<string, { choice: string; hash: string; locked: boolean }>;
  expect(answers.q5?.hash).toMatch(/^[0-9a-z]+$/);

  // As if q5 was answered before an instructor reworded it: its saved hash is an older one.
  const stale = {
    ...progress,
    state: { ...progress.state, answers: { ...answers, q5: { ...answers.q5!, hash: "an-older-hash" } }, passed: { date: "2026-01-01", score: 8, total: 10 } },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(stale)] as const);
  await openLesson(page);

  const note = page.locator("[data-stale-note]");
  await expect(note).toContainText("Your saved answer to Q5 was cleared because that question has changed since you answered. Your other answers and your completion are kept.");
  await expect(note.getByRole("link", { name: "Q5" })).toHaveAttribute("href", "#q5");
  await expect(question(page, 5).locator("[data-stale-question]")).toHaveText("This question changed since you answered it, so your earlier answer was cleared.");
  await expect(question(page, 6).locator("[data-stale-question]")).toHaveCount(0);

  await expect(option(page, 5, "a")).not.toBeChecked();
  await expect(option(page, 6, "d")).toBeChecked();
  await expect(page.locator("[data-wrap-up-submit]")).toContainText("You have completed this lesson (8 of 10)");

  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toHaveCount(0);
  await expect(page.locator("[data-stale-question]")).toHaveCount(0);
});

test("answers to several changed questions are listed in order, and a removed one is counted", async ({ page }) => {
  await openLesson(page);
  for (const [n, letter] of [[2, "b"], [7, "c"], [9, "d"]] as const) await option(page, n, letter).check();
  const progress = (await saved(page))!;
  const answers = progress.state.answers as Record<string, { choice: string; hash: string; locked: boolean }>;
  const edited = {
    ...answers,
    q9: { ...answers.q9!, hash: "older" },
    q2: { ...answers.q2!, hash: "older" },
    "q-removed": { choice: "a", hash: "gone", locked: true },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ ...progress, state: { ...progress.state, answers: edited } })] as const);
  await openLesson(page);
  await expect(page.locator("[data-stale-note]")).toContainText(
    "Your saved answers to Q2 and Q9 were cleared because those questions have changed since you answered. A saved answer to a question that no longer exists was cleared. Your other answers are kept.",
  );
  await expect(option(page, 7, "c")).toBeChecked();
});

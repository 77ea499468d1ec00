/**
 * The learner's journey through the assessment on a phone (360 px, dark mode) and by keyboard:
 * the result is brought into view, "Try again" lands on the first cleared question, and every
 * sentence fits the state it describes. Counts come from the lesson the project drives.
 */
import { almostMargin } from "../lib/score-band";
import { answerAll, answeredSentence, allowForAnswering, expect, firstRight, inWords, layoutSentence, openLesson, option, passMarkText, question, response, scrollSettled, test, xpMeter } from "./support";

test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

test.describe("results you can see", () => {
  test("by keyboard: Submit brings the score into view with its heading focused", async ({ page, lesson }) => {
    allowForAnswering(lesson, { by: "keyboard" });
    await openLesson(page, lesson.path);
    await answerAll(page, lesson, firstRight(lesson, lesson.passMark - 1), "keyboard");
    await page.getByRole("button", { name: "Submit all answers" }).focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: `Your score: ${lesson.passMark - 1} of ${lesson.questions.length}` });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // Not hidden under the sticky header.
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(56);
  });

  test("by keyboard: Try again lands on the first cleared question with a note linking each inline one", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page, lesson.path);
    const right = firstRight(lesson, lesson.passMark - 1);
    await answerAll(page, lesson, right);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await page.getByRole("button", { name: "Try again" }).focus();
    await page.keyboard.press("Enter");
    const note = page.locator("[data-retry-note]");
    await expect(note).toBeFocused();
    // At the top of the view, below the sticky header: where the jump put it, even when it cut short
    // the glide to the score that Submit started.
    await scrollSettled(page);
    const top = (await note.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(56);
    expect(top).toBeLessThanOrEqual(120);
    await expect(note).toContainText("New attempt: your answers were cleared.");
    const [inline, below] = [lesson.inline.length, lesson.wrapUp.length];
    await expect(note).toContainText(inline === 1 ? "The question in the sections was reset too:" : `The ${inline} questions in the sections were reset too:`);
    await expect(note).toContainText(below === 1 ? "The wrap-up question waits at the end of the lesson." : `The ${below} wrap-up questions wait at the end of the lesson.`);
    const links = note.getByRole("list", { name: "Reset questions in the sections" }).getByRole("link");
    await expect(links).toHaveText(lesson.inline.map((q) => `Q${q.number}`));
    const last = lesson.inline.at(-1)!;
    await expect(links.last()).toHaveAttribute("href", `#${last.id}`);
    // The note sits right before the first question it cleared.
    const first = lesson.inline[0]!;
    const [noteBox, firstBox] = await Promise.all([note.boundingBox(), question(page, first).boundingBox()]);
    expect(firstBox!.y).toBeGreaterThan(noteBox!.y);
    expect(firstBox!.y - (noteBox!.y + noteBox!.height)).toBeLessThan(80);
    await expect(option(page, first, response(first, right(first)))).not.toBeChecked();
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
  });
});

test.describe("words that fit the state", () => {
  test("the counts agree: the title's, the questions above and below, and the total", async ({ page, lesson }) => {
    await openLesson(page, lesson.path);
    const wrapUp = page.locator("#wrap-up");
    // A count the author wrote in the wrap-up's title ("six more") is the number of its questions.
    const title = (await wrapUp.getByRole("heading", { level: 2 }).textContent()) ?? "";
    const counted = title.match(/\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/gi) ?? [];
    for (const count of counted) expect(count.toLowerCase(), `the count in the title "${title}"`).toBe(inWords(lesson.wrapUp.length));
    await expect(wrapUp).toContainText(layoutSentence(lesson));
    await expect(wrapUp).toContainText(answeredSentence(lesson, 0, 0));
    await expect(wrapUp).not.toContainText(/(on|to) your profile/);
  });

  test("a score one short of the mark is Almost; lower is Not yet; a low score points back to the start", async ({ page, lesson }) => {
    allowForAnswering(lesson, { attempts: 3 });
    await openLesson(page, lesson.path);
    const total = lesson.questions.length;
    const mark = lesson.passMark;
    // Below "almost" (a tenth of the questions short, at least one) and still half the mark or more.
    const notYet = mark - almostMargin(total) - 1;
    expect(notYet * 2, "the lesson has a score between Almost and a start over").toBeGreaterThanOrEqual(mark);
    const result = page.locator("[data-result]");
    await answerAll(page, lesson, firstRight(lesson, mark - 1));
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toHaveAttribute("data-band", "almost");
    await expect(result).toContainText(`Almost! You need ${passMarkText(lesson)}.`);

    await page.getByRole("button", { name: "Try again" }).click();
    await answerAll(page, lesson, firstRight(lesson, notYet), "mouse", 1);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toHaveAttribute("data-band", "not-yet");
    await expect(result).not.toContainText("Almost");

    await page.getByRole("button", { name: "Try again" }).click();
    await answerAll(page, lesson, firstRight(lesson, 1), "mouse", 2);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText(`Your score: 1 of ${total}`);
    await expect(result).not.toContainText("Almost");
    await expect(result).toContainText("read the lesson again from the start");
    await expect(result.getByRole("link", { name: "the start" })).toHaveAttribute("href", `#${lesson.sections[0]!.id}`);
  });

  test("once submitted, nothing asks to submit — also after a reload — and a pass is saved on this device", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page, lesson.path);
    await answerAll(page, lesson, () => true);
    const wrapUp = page.locator("#wrap-up");
    await expect(wrapUp).toContainText("All answered: submit them at the end.");
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(page.locator("[data-result]")).toContainText("✓ Lesson complete — saved on this device.");
    await page.reload();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
    await expect(wrapUp).toContainText("Submitted: your result is at the end.");
    await expect(wrapUp.locator("p").first()).not.toContainText(/submit (them|all)/i);
    await expect(page.getByRole("button", { name: "Submit all answers" })).toHaveCount(0);
  });
});

/**
 * The learner's journey through the assessment on a phone (360 px, dark mode) and by keyboard:
 * the result is brought into view, "Try again" lands on the first cleared question, and every
 * sentence fits the state it describes.
 */
import { ANSWERS, answerByKeyboard, answerByMouse, expect, STORAGE_KEY as KEY, openLesson, option, question, saved, test, wrongFor, xpMeter } from "./support";

test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

/** Answers all ten: `right` of them right (the first ones), the rest wrong. */
async function answerAll(page: import("@playwright/test").Page, right: number, by: "mouse" | "keyboard" = "mouse") {
  for (let n = 1; n <= 10; n++) {
    const letter = n <= right ? ANSWERS[n]! : wrongFor(n);
    if (by === "keyboard") await answerByKeyboard(page, n, letter);
    else await answerByMouse(page, n, letter);
  }
}

test.describe("results you can see", () => {
  test("by keyboard: Submit brings the score into view with its heading focused", async ({ page }) => {
    await openLesson(page);
    await answerAll(page, 6, "keyboard");
    await page.getByRole("button", { name: "Submit all answers" }).focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: "Your score: 6 of 10" });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // Not hidden under the sticky header.
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(56);
  });

  test("by keyboard: Try again lands on the first cleared question with a note linking each inline one", async ({ page }) => {
    await openLesson(page);
    await answerAll(page, 6);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await page.getByRole("button", { name: "Try again" }).focus();
    await page.keyboard.press("Enter");
    const note = page.locator("[data-retry-note]");
    await expect(note).toBeFocused();
    await expect(note).toBeInViewport();
    await expect(note).toContainText("New attempt: your answers were cleared.");
    await expect(note).toContainText("The 4 questions in the sections were reset too:");
    await expect(note).toContainText("The 6 wrap-up questions wait at the end of the lesson.");
    const links = note.getByRole("list", { name: "Reset questions in the sections" }).getByRole("link");
    await expect(links).toHaveText(["Q1", "Q2", "Q3", "Q4"]);
    await expect(links.nth(2)).toHaveAttribute("href", "#q3");
    // The note sits right before Q1, the first question it cleared.
    const [noteBox, q1Box] = await Promise.all([note.boundingBox(), question(page, 1).boundingBox()]);
    expect(q1Box!.y).toBeGreaterThan(noteBox!.y);
    expect(q1Box!.y - (noteBox!.y + noteBox!.height)).toBeLessThan(80);
    await expect(option(page, 1, ANSWERS[1]!)).not.toBeChecked();
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
  });
});

test.describe("words that fit the state", () => {
  test("the counts agree: the title's six, the four above, ten in all", async ({ page }) => {
    await openLesson(page);
    const wrapUp = page.locator("#wrap-up");
    await expect(wrapUp.getByRole("heading", { level: 2 })).toContainText("six more");
    await expect(wrapUp).toContainText("Four questions are in the sections above and six are below: ten in all.");
    await expect(wrapUp).toContainText("Answered: 0 of 4 above, 0 of 6 below. Ten left;");
    await expect(wrapUp).not.toContainText(/(on|to) your profile/);
  });

  test("a score one short of the mark is Almost; lower is Not yet; a low score points back to the start", async ({ page }) => {
    await openLesson(page);
    const result = page.locator("[data-result]");
    await answerAll(page, 6);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toHaveAttribute("data-band", "almost");
    await expect(result).toContainText("Almost! You need 70% (7 of 10).");

    await page.getByRole("button", { name: "Try again" }).click();
    await answerAll(page, 5);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toHaveAttribute("data-band", "not-yet");
    await expect(result).not.toContainText("Almost");

    await page.getByRole("button", { name: "Try again" }).click();
    await answerAll(page, 1);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(result).toContainText("Your score: 1 of 10");
    await expect(result).not.toContainText("Almost");
    await expect(result).toContainText("read the lesson again from the start");
    await expect(result.getByRole("link", { name: "the start" })).toHaveAttribute("href", "#scim-oin");
  });

  test("once submitted, nothing asks to submit — also after a reload — and a pass is saved on this device", async ({ page }) => {
    await openLesson(page);
    await answerAll(page, 10);
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

  test("the XP meter says what is left, links it, and reaches 100% when all is done", async ({ page }) => {
    await openLesson(page);
    await page.evaluate((key) => {
      const state = {
        sectionsRead: ["scim-oin", "outbound", "lifecycle"],
        answeredEver: ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"],
        cardsSeen: ["a", "b", "c", "d"],
        demoPlayed: true,
        labDone: ["provision", "surname", "offboard", "rehire", "group-push"],
        passed: { date: "2026-11-30T00:00:00.000Z", score: 10, total: 10 },
      };
      localStorage.setItem(key, JSON.stringify({ state, version: 3 }));
    }, KEY);
    await page.reload();
    await expect(xpMeter(page)).not.toHaveAttribute("aria-valuenow", "100");
    const button = page.getByRole("button", { name: "What is left for 100% XP" });
    await button.focus();
    await page.keyboard.press("Enter");
    const panel = page.locator("[data-xp-left]");
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("To reach 100%:");
    await expect(panel.getByRole("listitem")).toHaveCount(1);
    const link = panel.getByRole("link", { name: "Section 3: Inbound & mappings" });
    await expect(link).toHaveAttribute("href", "#inbound");
    // The panel fits the phone's screen.
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    await page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key) ?? "{}");
      saved.state.sectionsRead.push("inbound");
      localStorage.setItem(key, JSON.stringify(saved));
    }, KEY);
    await page.reload();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "100");
    await page.getByRole("button", { name: "What is left for 100% XP" }).click();
    await expect(panel).toHaveText("Everything done: 100% XP.");
    expect((await saved(page))?.state).toMatchObject({ demoPlayed: true });
  });
});

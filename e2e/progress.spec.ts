import type { Page } from "@playwright/test";
import { answerAll, answerCorrectly, allowForAnswering, expect, LESSON, lessonLive, openLesson, saved, STORAGE_KEY, test, xpMeter } from "./support";

const xp = async (page: Page) => Number(await xpMeter(page).getAttribute("aria-valuenow"));

test("XP starts at 0 and rises with each activity, up to 100", async ({ page, lesson }) => {
  allowForAnswering(lesson);
  await openLesson(page);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
  const [first, ...rest] = lesson.questions;
  await answerCorrectly(page, first!);
  await expect.poll(() => xp(page)).toBeGreaterThan(0);
  const afterCheck = await xp(page);
  // Reading a section through, from its heading to its end, counts it.
  await page.locator("#scim-oin-title").scrollIntoViewIfNeeded();
  await page.waitForTimeout(900);
  await page.locator("#scim-oin [data-section-end]").scrollIntoViewIfNeeded();
  await expect.poll(() => xp(page)).toBeGreaterThan(afterCheck);
  const afterSection = await xp(page);
  for (const q of rest) await answerCorrectly(page, q);
  await page.getByRole("button", { name: "Submit all answers" }).click();
  await expect.poll(() => xp(page)).toBeGreaterThanOrEqual(afterSection + 20);

  // Flipped cards, the demo and the SCIM lab count too: with those saved as done as well, the meter is full.
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? "{}");
    saved.state = {
      ...saved.state,
      sectionsRead: ["scim-oin", "outbound", "inbound", "lifecycle"],
      cardsSeen: ["a", "b", "c", "d"],
      demoPlayed: true,
      labDone: ["provision", "surname", "offboard", "rehire", "group-push"],
    };
    localStorage.setItem(key, JSON.stringify(saved));
  }, STORAGE_KEY);
  await page.reload();
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "100");
});

test("the index shows progress and a Complete badge once passed", async ({ page, lesson }) => {
  allowForAnswering(lesson);
  await page.goto("/");
  const card = page.locator('[data-lesson-card="okta-scim-provisioning"]');
  const bar = card.getByRole("progressbar", { name: /^XP/ });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await expect(card.getByText("Complete")).toHaveCount(0);

  await page.goto(LESSON);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
  await answerAll(page, lesson, () => true);
  await page.getByRole("button", { name: "Submit all answers" }).click();
  await expect(page.locator("[data-result]")).toContainText("Lesson complete");
  const lessonXp = await xp(page);

  await page.goto("/");
  await expect(card.getByText("Complete")).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", String(lessonXp));
});

test.describe("on a phone in dark mode", () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

  test("the XP meter says what is left, links it, and reaches 100% when all is done", async ({ page, lesson }) => {
    await openLesson(page);
    const questions = { ids: lesson.questions.map((q) => q.id), total: lesson.questions.length };
    await page.evaluate(([key, { ids, total }]) => {
      const state = {
        sectionsRead: ["scim-oin", "outbound", "lifecycle"],
        answeredEver: ids,
        cardsSeen: ["a", "b", "c", "d"],
        demoPlayed: true,
        labDone: ["provision", "surname", "offboard", "rehire", "group-push"],
        passed: { date: "2026-11-30T00:00:00.000Z", score: total, total },
      };
      localStorage.setItem(key, JSON.stringify({ state, version: 3 }));
    }, [STORAGE_KEY, questions] as const);
    await page.reload();
    await lessonLive(page);
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
    }, STORAGE_KEY);
    await page.reload();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "100");
    await page.getByRole("button", { name: "What is left for 100% XP" }).click();
    await expect(panel).toHaveText("Everything done: 100% XP.");
    expect((await saved(page))?.state).toMatchObject({ demoPlayed: true });
  });
});

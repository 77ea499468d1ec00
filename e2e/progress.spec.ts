import type { Page } from "@playwright/test";
import { answerByMouse, ANSWERS, expect, LESSON, openLesson, STORAGE_KEY, test, xpMeter } from "./support";

const xp = async (page: Page) => Number(await xpMeter(page).getAttribute("aria-valuenow"));

test("XP starts at 0 and rises with each activity, up to 100", async ({ page }) => {
  await openLesson(page);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
  await answerByMouse(page, 1, ANSWERS[1]!);
  await expect.poll(() => xp(page)).toBeGreaterThan(0);
  const afterCheck = await xp(page);
  // Reading to the end of a section counts it.
  await page.locator("#scim-oin [data-section-end]").scrollIntoViewIfNeeded();
  await expect.poll(() => xp(page)).toBeGreaterThan(afterCheck);
  const afterSection = await xp(page);
  for (let n = 2; n <= 10; n++) await answerByMouse(page, n, ANSWERS[n]!);
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

test("the index shows progress and a Complete badge once passed", async ({ page }) => {
  await page.goto("/");
  const card = page.locator('[data-lesson-card="okta-scim-provisioning"]');
  const bar = card.getByRole("progressbar", { name: /^XP/ });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await expect(card.getByText("Complete")).toHaveCount(0);

  await page.goto(LESSON);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
  for (let n = 1; n <= 10; n++) await answerByMouse(page, n, ANSWERS[n]!);
  await page.getByRole("button", { name: "Submit all answers" }).click();
  await expect(page.locator("[data-result]")).toContainText("Lesson complete");
  const lessonXp = await xp(page);

  await page.goto("/");
  await expect(card.getByText("Complete")).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", String(lessonXp));
});

import { answerByMouse, ANSWERS, expect, KEY, LESSON, openLesson, test, xpMeter } from "./helpers";

const xp = async (page: import("@playwright/test").Page) => Number(await xpMeter(page).getAttribute("aria-valuenow"));

test.describe("teach a friend", () => {
  test.describe("with the Clipboard API", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("Generate summary, then Copy puts it on the clipboard", async ({ page }) => {
      await openLesson(page);
      const section = page.locator("#teach-a-friend");
      await section.getByRole("button", { name: "Generate summary" }).click();
      const summary = section.getByLabel("Summary to share");
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText("Learn it here: ");
      await section.getByRole("button", { name: "Copy" }).click();
      await expect(section.getByRole("status")).toHaveText("Copied");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await summary.textContent());
      expect(copied.split("\n")[0]).toMatch(/— in 4 points:$/);
    });
  });

  test("without the Clipboard API the summary is selected instead", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await openLesson(page);
    const section = page.locator("#teach-a-friend");
    await section.getByRole("button", { name: "Generate summary" }).click();
    await section.getByRole("button", { name: "Copy" }).click();
    await expect(section.getByRole("status")).toHaveText("Selected — press Ctrl+C to copy");
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).toBe(await section.getByLabel("Summary to share").textContent());
  });
});

test("in your own words: the line is saved and compared with the key points", async ({ page }) => {
  await openLesson(page);
  const box = page.getByRole("textbox", { name: "Your one line" });
  await box.fill("Outbound pushes from Okta as the source of truth via SCIM.");
  await page.reload();
  await expect(box).toHaveValue("Outbound pushes from Okta as the source of truth via SCIM.");
  const compare = page.getByRole("button", { name: "Compare with the expert version" });
  await compare.click();
  await expect(page.getByRole("button", { name: "Hide the expert version" })).toHaveAttribute("aria-expanded", "true");
  const points = page.getByRole("list", { name: "Key points" }).getByRole("listitem");
  await expect(points).toHaveText([
    /✓\s*Outbound: Okta is the master — covered/,
    /○\s*Inbound: the HR system is the master — not yet/,
    /✓\s*Both run on SCIM — covered/,
    /○\s*HR as master means inbound — not yet/,
  ]);
  await box.fill("Inbound: Workday is the HR master and imports into Okta; outbound: Okta is master, over SCIM.");
  await expect(points.filter({ hasText: "not yet" })).toHaveCount(0);
  await expect(page.locator("#own-words")).toContainText("Key points your line covers: 4 of 4");
});

test("XP starts at 0 and rises with each activity, up to 100", async ({ page }) => {
  await openLesson(page);
  await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", "0");
  await answerByMouse(page, 1, ANSWERS[1]!);
  await expect.poll(() => xp(page)).toBeGreaterThan(0);
  const afterCheck = await xp(page);
  // Reading a section through, from its heading to its end, counts it.
  await page.locator("#scim-oin-title").scrollIntoViewIfNeeded();
  await page.waitForTimeout(900);
  await page.locator("#scim-oin [data-section-end]").scrollIntoViewIfNeeded();
  await expect.poll(() => xp(page)).toBeGreaterThan(afterCheck);
  const afterSection = await xp(page);
  for (let n = 2; n <= 10; n++) await answerByMouse(page, n, ANSWERS[n]!);
  await page.getByRole("button", { name: "Submit all answers" }).click();
  await expect.poll(() => xp(page)).toBeGreaterThanOrEqual(afterSection + 20);

  // Flipped cards and the demo count too: with those saved as done as well, the meter is full.
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? "{}");
    saved.state = {
      ...saved.state,
      sectionsRead: ["scim-oin", "outbound", "inbound", "lifecycle"],
      cardsSeen: ["a", "b", "c", "d"],
      demoPlayed: true,
    };
    localStorage.setItem(key, JSON.stringify(saved));
  }, KEY);
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

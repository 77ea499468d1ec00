import { expect, lessonFrontmatter, openLesson, setReadingLevel, test, SCREENS } from "./support";

const fm = lessonFrontmatter();
/** A curated question of the lesson, by its text (so the test fails if the lesson drops it). */
const curated = (question: string) => {
  const entry = fm.tutor.find((e) => e.question === question);
  if (!entry) throw new Error(`the lesson has no tutor question "${question}"`);
  return entry.question;
};

test.describe("AI Tutor", () => {
  test("loads on demand and works by keyboard: open, filter, answer, Esc returns focus", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await openLesson(page);
    await page.waitForLoadState("networkidle");
    const before = new Set(scripts);
    await expect(page.getByRole("dialog")).toHaveCount(0);

    const trigger = page.getByRole("button", { name: "Ask the AI Tutor" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
    await expect(dialog).toBeVisible();
    // The dialog's code arrived with the click, not with the page.
    expect(scripts.filter((url) => !before.has(url)).length).toBeGreaterThan(0);

    const search = dialog.getByRole("searchbox", { name: "Ask a question" });
    await expect(search).toBeFocused();
    const questions = dialog.getByRole("listitem").getByRole("button");
    await expect(questions).toHaveCount(fm.tutor.length);
    await expect(dialog.getByRole("status")).toHaveText(`${fm.tutor.length} questions`);
    await page.keyboard.type("409");
    await expect(questions.first()).toHaveText(/What does a 409 Conflict from the SCIM server mean\?/);
    await expect(dialog.getByRole("status")).toHaveText(/^\d+ answers? match(es)?$/);

    await page.keyboard.press("Tab");
    await expect(questions.first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(questions.first()).toHaveAttribute("aria-expanded", "true");
    await expect(dialog).toContainText('"scimType": "uniqueness"');
    await expect(dialog.locator("[aria-expanded=true] + div").getByRole("link")).toHaveAttribute("href", /^#[a-z-]+$/);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("an answer's section link closes the dialog and goes there", async ({ page }) => {
    await openLesson(page);
    await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
    const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
    await dialog.getByRole("button", { name: "Does Okta send PUT or PATCH when a user's profile changes?" }).click();
    await dialog.getByRole("link", { name: "SCIM & the OIN" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#scim-oin$/);
    await expect(page.locator("#scim-oin-title")).toBeFocused();
    await expect(page.locator("#scim-oin-title")).toBeInViewport();
  });
});

for (const screen of SCREENS) {
  test.describe(`the tutor answers the question asked (on ${screen.name})`, () => {
    test.use(screen.use);

    test("its first answer is the curated question asked, and an off-topic question gets no answer", async ({ page }) => {
      await openLesson(page);
      await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
      const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
      const search = dialog.getByRole("searchbox", { name: "Ask a question" });
      const first = dialog.getByRole("listitem").first();
      for (const [asked, expected] of <[string, string][]>[
        ["what's the difference between push groups and assignment", curated("How is Group Push different from assigning a group to the app?")],
        ["why did my user not get deactivated", curated("Why was my user not deactivated in the app?")],
      ]) {
        await search.fill(asked);
        await expect(first.getByRole("button")).toHaveAccessibleName(expected);
      }
      await search.fill("how do I bake sourdough bread");
      await expect(dialog.getByRole("status")).toHaveText("No answer to that in this lesson: the nearest topics follow");
      await expect(dialog).toContainText("This lesson has no answer to “how do I bake sourdough bread”.");
      await expect(dialog).not.toContainText(/answers? match/);
      await expect(dialog.locator("[data-tutor-nearest]").getByRole("listitem").first()).toBeVisible();
    });

    test("at L1 the suggested questions are the L1 ones first", async ({ page }) => {
      await openLesson(page);
      await setReadingLevel(page, "L1");
      await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
      const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
      const l1 = fm.tutor.filter((e) => e.level === "L1").map((e) => e.question);
      const others = fm.tutor.filter((e) => e.level !== "L1").map((e) => e.question);
      // The ▸ before each question is decoration: compare what the question says.
      await expect(dialog.getByRole("listitem").getByRole("button")).toHaveText([...l1, ...others].map((q) => new RegExp(`${q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)));
    });
  });
}

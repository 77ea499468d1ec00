import { expect, openLesson, test } from "./support";

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
    await expect(questions).toHaveCount(14);
    await expect(dialog.getByRole("status")).toHaveText("14 questions");
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

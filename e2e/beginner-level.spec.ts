/**
 * L1 as a beginner on a phone (360 px, dark mode) reads it: the idea in plain words, with no wire
 * format or code anywhere they can reach — the demo and "Break it", every question's explanation,
 * the wrap-up review — in about half of L2's reading time, and a citation still in every section.
 */
import type { Page } from "@playwright/test";
import { answerAll, answerCorrectly, allowForAnswering, expect, openLesson, setReadingLevel, test } from "./support";

test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

/** Code a reader can see in the lesson (the SCIM lab is left out: it is not started here). */
const visibleCode = (page: Page) => page.locator("main :is(code, pre):not(#scim-lab *)").filter({ visible: true });

const demo = (page: Page) => page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });

async function readingMinutes(page: Page): Promise<number> {
  const text = await page.getByRole("list", { name: "About this lesson" }).locator("[data-read-time]").filter({ visible: true }).textContent();
  return Number.parseInt(text ?? "", 10);
}

test.describe("L1 is a beginner's read", () => {
  test("no code or wire line shows, before or after the demo, Break it and every answer (by keyboard)", async ({ page, lesson }) => {
    // Two demo runs (15 s each at most) and the whole assessment by keyboard: a long test on a slow machine.
    allowForAnswering(lesson, { by: "keyboard", plus: 30_000 });
    await openLesson(page);
    const codeAtL2 = await visibleCode(page).count();
    expect(codeAtL2, "L2 shows code, so this check can see it").toBeGreaterThan(0);
    await setReadingLevel(page, "L1");
    await expect(page.locator("html")).toHaveAttribute("data-level", "L1");
    await expect(visibleCode(page)).toHaveCount(0);

    const d = demo(page);
    await d.getByRole("button", { name: "Play", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(d.locator("[data-demo-player]")).toHaveAttribute("data-status", "done", { timeout: 15_000 });
    await expect(d.getByRole("status")).not.toContainText(/HTTP\/|\/scim\//);
    await d.getByRole("button", { name: "Break it", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(d.locator("[data-demo-player]")).toHaveAttribute("data-status", "broken", { timeout: 15_000 });
    const failure = d.locator("[data-demo-failure]");
    await expect(failure).toContainText("Breaks at step 3: Account created");
    await expect(failure.getByText("Why", { exact: true })).toBeVisible();
    await expect(failure.getByText("Fix", { exact: true })).toBeVisible();
    await expect(failure.getByText(/^The CRM already holds an account with the same user name/)).toBeVisible();
    await expect(failure.getByText("CRM returns")).toBeHidden();
    await expect(failure.getByText("Okta's System Log shows")).toBeHidden();
    await expect(d.getByRole("status")).toHaveText(/^Broke at step 3 of 4, Account created: 409 Conflict — the user already exists in the CRM\./);
    // The returning packet carries a word, not a status line.
    await expect(d.locator("[data-packet]")).toHaveText("Failed");

    await answerAll(page, lesson, () => true, "keyboard");
    await page.getByRole("button", { name: "Submit all answers" }).focus();
    await page.keyboard.press("Enter");
    const total = lesson.questions.length;
    await expect(page.getByRole("heading", { name: `Your score: ${total} of ${total}` })).toBeFocused();
    await expect(page.locator('[data-feedback="right"]').filter({ visible: true })).toHaveCount(total);
    await expect(visibleCode(page)).toHaveCount(0);
  });

  test("each explanation keeps its plain sentence at L1 and adds the detail from L2", async ({ page, lesson }) => {
    await openLesson(page);
    await setReadingLevel(page, "L1");
    await answerCorrectly(page, lesson.inline[0]!, "keyboard");
    const feedback = page.locator('[data-feedback="right"]').first();
    await expect(feedback).toContainText("SAML and OpenID Connect carry sign-on, not account provisioning");
    await expect(feedback.getByText(/As the SCIM client/)).toBeHidden();
    await setReadingLevel(page, "L2");
    await expect(feedback.getByText(/As the SCIM client/)).toBeVisible();
  });

  test("reads in about half of L2's time, and every section still cites its sources", async ({ page }) => {
    await openLesson(page);
    const atL2 = await readingMinutes(page);
    await setReadingLevel(page, "L1");
    await expect(page.locator("html")).toHaveAttribute("data-level", "L1");
    const atL1 = await readingMinutes(page);
    expect(atL1).toBeGreaterThan(0);
    expect(atL1).toBeLessThanOrEqual(Math.round(atL2 * 0.6));
    const sections = page.locator("main section[data-section]");
    await expect(sections).toHaveCount(4);
    for (const section of await sections.all()) {
      await expect(section.locator("a[href^='#source-']").filter({ visible: true }).first(), (await section.getAttribute("id")) ?? "").toBeVisible();
    }
  });

  test("L2 readers still see the demo's wire lines and the logged event", async ({ page }) => {
    await openLesson(page);
    const d = demo(page);
    await expect(d.getByText("POST /scim/v2/Users")).toBeVisible();
    await d.getByRole("button", { name: "Break it", exact: true }).click();
    await expect(d.locator("[data-demo-player]")).toHaveAttribute("data-status", "broken", { timeout: 15_000 });
    await expect(d.locator("[data-demo-failure]").getByText("application.provision.user.push (failure)")).toBeVisible();
    await expect(d.locator("[data-packet]")).toHaveText("409 Conflict");
  });
});

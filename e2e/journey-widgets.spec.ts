/**
 * The widgets as a learner on a phone (360 px, dark mode) meets them, by keyboard where it
 * matters: Break it's one story, the tutor's search, the details, and the reading time per level.
 */
import type { Page } from "@playwright/test";
import { answerAll, allowForAnswering, expect, holdIdleTime, holdScripts, STORAGE_KEY as KEY, LESSON, openLesson, option, question, saved, test, wrongResponse, xpMeter } from "./support";

test.use({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });

const tutor = (page: Page) => page.getByRole("dialog", { name: "Ask the AI Tutor" });

async function ask(page: Page, query: string) {
  const box = tutor(page).getByRole("searchbox", { name: "Ask a question" });
  await box.fill(query);
}

test("Break it: the failed step's card tells the failure, not the success", async ({ page }) => {
  await openLesson(page);
  const demo = page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });
  const step3 = demo.getByRole("list", { name: "Steps" }).getByRole("listitem").nth(2);
  await expect(step3).toContainText("HTTP/1.1 201 Created");
  await demo.getByRole("button", { name: "Break it", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(step3).toHaveAttribute("data-phase", "failed", { timeout: 8000 });
  await expect(step3.locator('[data-step-story="failure"]')).toBeVisible();
  await expect(step3.locator('[data-step-story="failure"]')).toContainText("409 Conflict");
  await expect(step3.locator('[data-step-story="success"]')).toBeHidden();
  await expect(step3.getByText("HTTP/1.1 201 Created")).toBeHidden();
  // The failed card may say what was expected; the success story itself stays hidden.
  await expect(step3.locator('[data-step-story="success"]').getByText(/answers with the created user/)).toBeHidden();
});

test.describe("the tutor understands questions", () => {
  test("questions in a learner's own words find their answers, by keyboard", async ({ page }) => {
    await openLesson(page);
    const trigger = page.getByRole("button", { name: "Ask the AI Tutor" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const dialog = tutor(page);
    const search = dialog.getByRole("searchbox", { name: "Ask a question" });
    await expect(search).toBeFocused();
    const first = dialog.locator("[data-tutor-hit]").first();

    await page.keyboard.type("Does Okta delete users?");
    await expect(first).toContainText("Does Okta ever delete a user's account in an app?");

    await ask(page, "how long does group push take");
    await expect(first).toContainText("How long does Group Push take to reach the app?");

    await ask(page, "what is SCIM");
    await expect(first).toContainText("What is SCIM 2.0?");
    await search.press("Tab");
    await page.keyboard.press("Enter");
    await expect(dialog).toContainText("System for Cross-domain Identity Management");
    await expect(dialog).toContainText("L1 · Essentials");
  });

  test("answers are marked by level; nothing found suggests the nearest questions and a section", async ({ page }) => {
    await openLesson(page);
    await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
    const dialog = tutor(page);
    await dialog.getByRole("button", { name: "Does Okta send PUT or PATCH when a user's profile changes?" }).click();
    await expect(dialog.locator("[aria-expanded=true] + div")).toContainText("L3 · Expert");

    await ask(page, "suspnded usr");
    await expect(dialog.locator("[data-tutor-hit]").first()).toBeVisible();
    await ask(page, "qqqq zzzz");
    const nearest = dialog.locator("[data-tutor-nearest]");
    await expect(nearest).toContainText("This lesson has no answer to “qqqq zzzz”.");
    await expect(nearest.getByRole("listitem").getByRole("button")).not.toHaveCount(0);
    await expect(dialog.getByRole("status")).toHaveText("No answer to that in this lesson: the nearest topics follow");
  });

  test("the dialog keeps its height as results change", async ({ page }) => {
    await openLesson(page);
    await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
    const dialog = tutor(page);
    const before = (await dialog.boundingBox())!.height;
    await ask(page, "409");
    await expect(dialog.getByRole("status")).toHaveText(/match/);
    expect((await dialog.boundingBox())!.height).toBe(before);
    await ask(page, "qqqq");
    await expect(dialog.locator("[data-tutor-nearest]")).toBeVisible();
    expect((await dialog.boundingBox())!.height).toBe(before);
  });

  test("on a touch screen the search box does not take focus on open", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openLesson(page);
    await page.getByRole("button", { name: "Ask the AI Tutor" }).tap();
    const dialog = tutor(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog.getByRole("searchbox", { name: "Ask a question" })).not.toBeFocused();
    await context.close();
  });
});

test.describe("details", () => {
  test("the own-words line on screen paints with the rest of the saved state", async ({ page }) => {
    await openLesson(page);
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ state: { ownWords: "Okta pushes out; HR pulls in.", demoPlayed: true }, version: 2 }));
    }, KEY);
    // The reader has scrolled to the line by the time the page's scripts start.
    const release = await holdScripts(page);
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.locator("#own-words textarea").scrollIntoViewIfNeeded();
    release();
    // The first moment the XP meter shows saved progress, the line is there too.
    const line = await page.waitForFunction(() => {
      const meter = document.querySelector("header [role=progressbar]");
      if (!meter?.getAttribute("aria-valuenow")) return null;
      return { value: document.querySelector<HTMLTextAreaElement>("#own-words textarea")?.value ?? "" };
    });
    expect(await line.jsonValue()).toEqual({ value: "Okta pushes out; HR pulls in." });
  });

  test("the own-words line shows once the reader scrolls to it, the page's idle time never having come", async ({ page }) => {
    await openLesson(page);
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ state: { ownWords: "Okta pushes out; HR pulls in." }, version: 2 }));
    }, KEY);
    await holdIdleTime(page);
    await page.reload();
    await expect(xpMeter(page)).toHaveAttribute("aria-valuenow", /^\d+$/);
    const textarea = page.locator("#own-words textarea");
    await textarea.scrollIntoViewIfNeeded();
    await expect(textarea).toHaveValue("Okta pushes out; HR pulls in.");
  });

  test("code scrolls sideways with whole tokens, and Copy announces Copied", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openLesson(page);
    await page.getByRole("radio", { name: /^L3 / }).check();
    const block = page.locator("[data-code-block]").filter({ hasText: "urn:ietf:params:scim:schemas:core:2.0:User" }).first();
    const pre = block.locator("pre");
    await expect(pre).toBeVisible();
    expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre");
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(pre).toHaveAttribute("tabindex", "0");
    await block.getByRole("button", { name: "Copy code" }).focus();
    await page.keyboard.press("Enter");
    await expect(block.getByRole("status")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("urn:ietf:params:scim:schemas:core:2.0:User");
  });

  test("no automatic links: no mailto and no link inside a heading", async ({ page }) => {
    await openLesson(page);
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(page.locator("main :is(h1, h2, h3, h4) a")).toHaveCount(0);
    await expect(page.locator("main").getByText("creating jdoe@example.com.")).toHaveCount(1);
  });

  test("a jump from the path picker does not count the sections it skipped; reading one through does", async ({ page }) => {
    await openLesson(page);
    await page.locator('#start a[href="#lifecycle"]').click();
    await expect(page).toHaveURL(/#lifecycle$/);
    // The jump scrolls smoothly; on a loaded machine it lands late. Its heading must then stay on
    // screen longer than the tracker's dwell before the page moves on.
    await expect(page.locator("#lifecycle > h2")).toBeInViewport();
    await page.waitForTimeout(1500);
    const read = async () => ((await saved(page))?.state.sectionsRead as string[] | undefined) ?? [];
    expect(await read()).not.toContain("scim-oin");
    expect(await read()).not.toContain("outbound");
    expect(await read()).not.toContain("inbound");
    await page.locator("#lifecycle [data-section-end]").scrollIntoViewIfNeeded();
    await expect.poll(read).toContain("lifecycle");
  });

  test("Compare asks for a line first, and can still just show the expert version", async ({ page }) => {
    await openLesson(page);
    const section = page.locator("#own-words");
    await section.getByRole("button", { name: "Compare with the expert version" }).click();
    await expect(section.getByRole("status").filter({ hasText: /\S/ })).toHaveText(/^Write your line first/);
    await expect(section.getByRole("textbox", { name: "Your one line" })).toBeFocused();
    await expect(section.getByRole("heading", { name: "Expert version" })).toBeHidden();
    await section.getByRole("button", { name: "Just show me the expert version" }).click();
    await expect(section.getByRole("heading", { name: "Expert version" })).toBeVisible();
  });

  test("Teach a friend asks for what it gives: one line per section, no doubled labels", async ({ page }) => {
    await openLesson(page);
    const section = page.locator("#teach-a-friend");
    await expect(section).toContainText("one per section");
    await expect(section).not.toContainText(/one line to a teammate|Tap/);
    await section.getByRole("button", { name: "Generate summary" }).click();
    const text = (await section.getByLabel("Summary to share").textContent()) ?? "";
    const points = text.split("\n").filter((l) => /^\d+\. /.test(l));
    expect(points).toHaveLength(4);
    expect(text).not.toMatch(/Outbound provisioning: Outbound/);
    expect(text).not.toMatch(/: [^:\n]{1,40}: [^:\n]{1,40}: /);
  });

  test("device-neutral words, and options named cleanly with their marks", async ({ page, lesson }) => {
    allowForAnswering(lesson);
    await openLesson(page);
    await expect(page.locator("main").getByText(/\bTap\b/)).toHaveCount(0);
    await expect(page.locator("[data-flip-card] [data-flip-hint]").first()).toHaveText(/^Flip/);
    const choices = lesson.questions.filter((q) => q.kind === "choose-one");
    const missed = choices[Math.floor(choices.length / 2)]!;
    await answerAll(page, lesson, (q) => q !== missed);
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await expect(option(page, missed, wrongResponse(missed))).toHaveAccessibleName(/\S — your answer$/);
    await expect(option(page, missed, missed.correct)).toHaveAccessibleName(/\S — right answer$/);
    await expect(question(page, missed).getByRole("radio", { name: /✗|✓/ })).toHaveCount(0);
  });

  test("the meta row shows the chosen level's reading time, without shifting", async ({ page }) => {
    await openLesson(page);
    const meta = page.getByRole("list", { name: "About this lesson" });
    const time = async () => (await meta.locator("[data-read-time]").filter({ visible: true }).textContent())?.replace(/\s+/g, " ").trim();
    const l2 = await time();
    const size = async () => {
      const box = await meta.boundingBox();
      return { width: box?.width, height: box?.height };
    };
    const box = await size();
    await page.getByRole("radio", { name: /^L1 / }).check();
    const l1 = await time();
    await page.getByRole("radio", { name: /^L3 / }).check();
    const l3 = await time();
    expect(l1).toMatch(/^\d+ min at L1$/);
    expect(l3).toMatch(/^\d+ min at L3$/);
    expect(Number.parseInt(l1!)).toBeLessThanOrEqual(Number.parseInt(l2!));
    expect(Number.parseInt(l3!)).toBeGreaterThan(Number.parseInt(l2!));
    expect(await size()).toEqual(box);
  });
});

test.describe("without JavaScript nothing pretends", () => {
  test.use({ javaScriptEnabled: false });

  test("no control that needs JavaScript, no text naming one, every level readable", async ({ page }) => {
    await page.goto(LESSON);
    const main = page.locator("main");
    await expect(page.getByRole("button").filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Read as" })).toBeHidden();
    await expect(main.getByText(/\bTap\b|Press Play|Submit all answers|Generate summary|Try again/).filter({ visible: true })).toHaveCount(0);
    await expect(page.locator("[data-flip-card-plain]").first()).toBeVisible();
    await expect(page.locator("#own-words textarea")).toBeHidden();
    await expect(page.getByText("urn:ietf:params:scim:schemas:core:2.0:User").first()).toBeVisible();
    await expect(page.locator('[data-level-max="L1"]').first()).toBeVisible();
    await expect(page.getByRole("list", { name: "About this lesson" })).toContainText(/L1 \d+ · L2 \d+ · L3 \d+ min/);
  });
});

import {
  answerAll,
  allowForAnswering,
  exerciseControls,
  expect,
  expectNoAxeViolations,
  headingSkips,
  LESSON,
  lessonLive,
  motionLeft,
  openLesson,
  scrollThrough,
  setReadingLevel,
  smallTargets,
  test,
  walkFocus,
  type ReadingLevel,
} from "./support";

const PAGES = ["/", LESSON];

/** Axe over the whole lesson page is heavy work: on a slow, loaded machine one run takes many seconds. */
const AXE_BUDGET = 90_000;

test.describe("axe: no violations of any impact", () => {
  test.describe.configure({ timeout: AXE_BUDGET });

  test("the index", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page, "index");
  });

  for (const level of ["L1", "L2", "L3"] as ReadingLevel[]) {
    test(`the lesson read at ${level}`, async ({ page }) => {
      await page.goto(LESSON);
      await setReadingLevel(page, level);
      await expect(page.locator("html")).toHaveAttribute("data-level", level);
      await expectNoAxeViolations(page, `lesson at ${level}`);
    });
  }

  for (const path of PAGES) {
    test(`${path} in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} dark`);
    });

    test(`${path} at 360 px wide, without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(page, `${path} at 360 px`);
    });
  }

  test("the lesson with the tutor dialog open", async ({ page }) => {
    await openLesson(page);
    await page.getByRole("button", { name: /Ask the AI Tutor/ }).first().click({ timeout: 5_000 });
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolations(page, "tutor dialog");
  });

  test("the open tutor dialog showing an answer", async ({ page }) => {
    await openLesson(page);
    await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
    const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
    await dialog.getByRole("listitem").first().getByRole("button").click();
    await expectNoAxeViolations(page, "tutor dialog with an answer", { include: ["[role=dialog]"] });
  });

  /** The parts that score and save: header meter, questions, wrap-up, tutor, own words, teach a friend. */
  const assessment = ["[data-site-header]", "[data-question]", "#wrap-up", "#tutor", "#own-words", "#teach-a-friend"];

  for (const scheme of ["light", "dark"] as const) {
    test(`the assessment blocks in review mode (${scheme})`, async ({ page, lesson }) => {
      // Axe over the assessment in review mode, after answering all of it.
      allowForAnswering(lesson);
      await page.emulateMedia({ colorScheme: scheme });
      await openLesson(page);
      // Right and wrong answers both, so that both kinds of feedback are checked.
      await answerAll(page, lesson, (q) => q.number % 3 !== 0);
      await page.getByRole("button", { name: "Submit all answers" }).click();
      await page.getByRole("button", { name: "Compare with the expert version" }).click();
      await page.getByRole("button", { name: "Generate summary" }).click();
      await expectNoAxeViolations(page, `assessment in review, ${scheme}`, { include: assessment });
    });

    test(`the flip cards, demo and questions, idle and in use (${scheme})`, async ({ page }) => {
      // Axe twice, and the demo broken in between.
      test.setTimeout(2 * AXE_BUDGET);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await openLesson(page);
      const widgets = ["[data-flip-card]", "[data-demo]", "fieldset"];
      await expectNoAxeViolations(page, `widgets idle, ${scheme}`, { include: widgets });

      await page.getByRole("button", { name: /^Card 1 of 4/ }).click();
      await page.getByRole("radio", { name: /^L3 / }).check();
      const demo = page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });
      await demo.getByRole("button", { name: "Break it", exact: true }).click();
      await expect(demo.getByRole("status")).toHaveText(/^Broke at step 3/, { timeout: 20_000 });
      await expectNoAxeViolations(page, `widgets in use, ${scheme}`, { include: widgets });
    });
  }
});

for (const path of PAGES) {
  test(`${path}: headings descend without skipping a level`, async ({ page }) => {
    await page.goto(path);
    // The reading level is set through the "Read as" radios, which do nothing before the page is live.
    if (path === LESSON) await lessonLive(page);
    for (const level of path === LESSON ? (["L1", "L2", "L3"] as ReadingLevel[]) : ["L2" as const]) {
      await setReadingLevel(page, level);
      expect(await headingSkips(page), `heading skips at ${level}`).toEqual([]);
    }
  });

  test(`${path}: every Tab stop shows focus and is not under the sticky header`, async ({ page }) => {
    // Walking forty stops is the point here: each is measured with and without focus.
    test.slow();
    // Reduced motion turns smooth scrolling off, so positions are read after the scroll, not during.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(path);
    const stops = await walkFocus(page, 40);
    expect(stops.length).toBeGreaterThan(path === LESSON ? 10 : 2);
    expect(stops.filter((s) => !s.indicatorChanges).map((s) => s.element), "stops without a visible focus indicator").toEqual([]);
    const covered = stops.filter((s) => !s.exemptFromHeader && s.top < s.headerBottom - 0.5);
    expect(covered.map((s) => `${s.element} top ${Math.round(s.top)} < header ${Math.round(s.headerBottom)}`), "stops under the header").toEqual([]);
  });

  test(`${path}: targets are at least 24×24 px`, async ({ page }) => {
    await page.goto(path);
    expect(await smallTargets(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await smallTargets(page), "at 360 px").toEqual([]);
  });

  test(`${path}: nothing moves under reduced motion, after scrolling and using the page`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(path);
    await scrollThrough(page);
    await exerciseControls(page);
    await page.waitForTimeout(100);
    expect(await motionLeft(page)).toEqual([]);
  });
}

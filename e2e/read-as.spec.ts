import type { Page } from "@playwright/test";
import { expect, holdScripts, LESSON, lessonFrontmatter, lessonLive, openLesson, savedProgress, tabFromPrevious, test, SCREENS } from "./support";

const L3_TEXT = "urn:ietf:params:scim:schemas:core:2.0:User";
const L2_ONLY = /^Many guides say Okta sends every update as a PATCH/;
const L1_ONLY = /^In plain words: SCIM 2\.0 \(System for Cross-domain Identity Management\) is the open standard/;

function readAs(page: Page) {
  const group = page.getByRole("group", { name: "Read as" });
  return {
    group,
    radio: (level: "L1" | "L2" | "L3") => group.getByRole("radio", { name: new RegExp(`^${level} `) }),
  };
}

/** Saves `level` as the reader's, then reloads the lesson with its scripts held back: returns what lets them run. */
async function reloadOverSavedLevel(page: Page, level: "L1" | "L2" | "L3"): Promise<() => void> {
  await openLesson(page);
  await readAs(page).radio(level).check();
  await expect.poll(async () => (await savedProgress(page)).level).toBe(level);
  const release = await holdScripts(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  return release;
}

test.describe("Read as", () => {
  test("a group of three radios with hints; L2 is chosen by default", async ({ page }) => {
    await openLesson(page);
    const r = readAs(page);
    await expect(r.group.getByRole("radio")).toHaveCount(3);
    await expect(r.radio("L1")).toHaveAccessibleName("L1 Essentials");
    await expect(r.radio("L2")).toHaveAccessibleName("L2 Practitioner");
    await expect(r.radio("L3")).toHaveAccessibleName("L3 Expert");
    for (const level of ["L1", "L2", "L3"] as const) await expect(r.radio(level)).toHaveAccessibleDescription(/\w+/);
    await expect(r.radio("L2")).toBeChecked();
    await expect(page.getByText(L2_ONLY)).toBeVisible();
    await expect(page.getByText(L3_TEXT).first()).toBeHidden();
    await expect(page.getByText(L1_ONLY)).toBeHidden();
  });

  test("L3 shows the expert passages; L1 hides L2-only ones and shows its own", async ({ page }) => {
    await openLesson(page);
    const r = readAs(page);
    await r.radio("L3").check();
    await expect(page.locator("html")).toHaveAttribute("data-level", "L3");
    await expect(page.getByText(L3_TEXT).first()).toBeVisible();
    await r.radio("L1").check();
    await expect(page.getByText(L2_ONLY)).toBeHidden();
    await expect(page.getByText(L1_ONLY)).toBeVisible();
    await expect(page.getByText(L3_TEXT).first()).toBeHidden();
  });

  test("keyboard: Tab into the group, arrows change the level", async ({ page }) => {
    await openLesson(page);
    const r = readAs(page);
    await tabFromPrevious(page, r.radio("L2"));
    await page.keyboard.press("ArrowDown");
    await expect(r.radio("L3")).toBeChecked();
    await expect(r.radio("L3")).toBeFocused();
    await expect(page.getByText(L3_TEXT).first()).toBeVisible();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(r.radio("L1")).toBeChecked();
    await expect(page.getByText(L2_ONLY)).toBeHidden();
  });

  test.describe(() => {
    // Each script the test blocks is reported as a failed load; nothing else may reach the console.
    test.use({ expectedConsole: [/^Failed to load resource: net::ERR_FAILED$/] });

    test("the choice survives a reload, and is applied before the app starts", async ({ page }) => {
      await openLesson(page);
      await readAs(page).radio("L1").check();
      await expect.poll(async () => (await savedProgress(page)).level).toBe("L1");
      await page.reload();
      await openLesson(page);
      await expect(readAs(page).radio("L1")).toBeChecked();
      await expect(page.getByText(L2_ONLY)).toBeHidden();

      // Without the app's JavaScript only the inline script can have set the level.
      await page.route("**/_next/static/**/*.js", (route) => route.abort());
      await page.goto(LESSON);
      await expect(page.locator("html")).toHaveAttribute("data-level", "L1");
      await expect(page.getByText(L1_ONLY)).toBeVisible();
      await expect(page.getByText(L2_ONLY)).toBeHidden();
    });
  });

  test("a level picked before the page's scripts run is applied once they do, and saved", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto(LESSON, { waitUntil: "domcontentloaded" });
    await readAs(page).radio("L1").check();
    release();
    await lessonLive(page);
    await expect(page.locator("html")).toHaveAttribute("data-level", "L1");
    await expect(page.getByText(L1_ONLY)).toBeVisible();
    await expect(readAs(page).radio("L1")).toBeChecked();
    await expect.poll(async () => (await savedProgress(page)).level).toBe("L1");
  });

  test("the radios show the saved level before the page's scripts run, and start without announcing it", async ({ page }) => {
    const release = await reloadOverSavedLevel(page, "L3");
    await expect(readAs(page).radio("L3")).toBeChecked();
    await expect(readAs(page).radio("L2")).not.toBeChecked();
    release();
    await lessonLive(page);
    await expect(readAs(page).radio("L3")).toBeChecked();
    await expect(page.locator("html")).toHaveAttribute("data-level", "L3");
    await expect(readAs(page).group.getByRole("status")).toBeEmpty();
  });

  test("the level the lesson starts at, picked over a saved one before the scripts run, is kept", async ({ page }) => {
    const release = await reloadOverSavedLevel(page, "L3");
    await readAs(page).radio("L2").check();
    release();
    await lessonLive(page);
    await expect(page.locator("html")).toHaveAttribute("data-level", "L2");
    await expect(readAs(page).radio("L2")).toBeChecked();
    await expect.poll(async () => (await savedProgress(page)).level).toBe("L2");
  });

  test("with reduced motion the level still switches", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openLesson(page);
    await readAs(page).radio("L3").check();
    await expect(page.getByText(L3_TEXT).first()).toBeVisible();
  });

  test("a level change keeps the reader's place", async ({ context, page }) => {
    await openLesson(page);
    const heading = page.getByRole("heading", { name: /Full lifecycle & Group Push/, level: 2 });
    await heading.evaluate((el) => {
      // Chromium's own scroll anchoring would hide a missing fix; Safari has none, so turn it off.
      document.documentElement.style.overflowAnchor = "none";
      document.body.style.overflowAnchor = "none";
      document.documentElement.style.scrollBehavior = "auto";
      window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 120);
    });
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    // A second tab changes the level; this tab follows through the storage event.
    const other = await context.newPage();
    await openLesson(other);
    await readAs(other).radio("L3").check();
    await expect(page.locator("html")).toHaveAttribute("data-level", "L3");
    await expect(page.getByText(L3_TEXT).first()).toBeAttached();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - before)).toBeLessThan(2);
  });

  test("with JavaScript off there are no level radios and every level's passages show, labelled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    await expect(readAs(page).radio("L2")).toBeHidden();
    await expect(page.getByText("Every reading level is on this page")).toBeVisible();
    await expect(page.getByText(L2_ONLY)).toBeVisible();
    await expect(page.getByText(L3_TEXT).first()).toBeVisible();
    await expect(page.getByText(L1_ONLY)).toBeVisible();
    await expect(page.locator('[data-level-max="L1"]').first()).toContainText("L1 · Essentials version");
    await expect(page.locator('[data-level-min="L3"]').first()).toContainText("L3 · Expert depth");
    await context.close();
  });
});

for (const screen of SCREENS) {
  test.describe(`a reading level change is announced (on ${screen.name})`, () => {
    test.use(screen.use);

    test("picking a level says which level and what it changes, politely and once", async ({ page }) => {
      await openLesson(page);
      const fm = lessonFrontmatter();
      const r = readAs(page);
      const status = r.group.getByRole("status");
      await expect(status).toHaveText("");
      for (const level of ["L1", "L3"] as const) {
        await r.radio(level).check();
        const described = (await r.radio(level).getAttribute("aria-describedby")) ?? "";
        const hint = ((await page.locator(`[id="${described}"]`).textContent()) ?? "").trim();
        const label = await r.radio(level).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? "");
        await expect(status).toHaveText(`Now reading at ${label}. ${hint}`);
        if (fm.levelHints[level]) expect(hint).toBe(fm.levelHints[level]);
      }
    });

    test("the L1 So-far boxes and the Teach a friend summary are in L1 words", async ({ page }) => {
      await openLesson(page);
      await readAs(page).radio("L2").check();
      const boxes = page.locator("[data-so-far]");
      const atL2 = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
      await page.getByRole("button", { name: "Generate summary" }).click();
      const summaryL2 = await page.getByRole("region", { name: "Summary to share" }).innerText();
      await readAs(page).radio("L1").check();
      const atL1 = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
      expect(atL1).toHaveLength(atL2.length);
      atL1.forEach((text, i) => expect(text, `So-far box ${i + 1}`).not.toBe(atL2[i]));
      const summaryL1 = await page.getByRole("region", { name: "Summary to share" }).innerText();
      expect(summaryL1).not.toBe(summaryL2);
      // Each L1 box's words are in the L1 summary.
      for (const text of atL1) expect(summaryL1).toContain(text.replace(/^So far\s*/, "").trim());
    });
  });
}

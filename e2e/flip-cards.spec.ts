import type { Locator } from "@playwright/test";
import { expect, LESSON, openLesson, savedProgress, tabFromPrevious, test } from "./support";

const TITLES = ["SCIM 2.0", "OIN", "Group Push", "Attribute Mapping"];

const card = (page: import("@playwright/test").Page, n: number) => page.getByRole("button", { name: new RegExp(`^Card ${n} of 4`) });
const face = (button: Locator, which: "front" | "back") => button.locator(`[data-face="${which}"]`);

async function expectShowing(button: Locator, which: "front" | "back") {
  const hidden = which === "front" ? "back" : "front";
  await expect(button).toHaveAttribute("aria-pressed", which === "back" ? "true" : "false");
  await expect(face(button, hidden)).toHaveAttribute("aria-hidden", "true");
  await expect(face(button, hidden)).toHaveAttribute("inert", "");
  await expect(face(button, which)).not.toHaveAttribute("aria-hidden", "true");
  await expect(face(button, which)).not.toHaveAttribute("inert");
}

test.describe("flip cards", () => {
  test("four toggle buttons, each named Card n of 4 with its term", async ({ page }) => {
    await openLesson(page);
    for (const [i, title] of TITLES.entries()) {
      const button = card(page, i + 1);
      await expect(button).toHaveCount(1);
      await expect(button).toHaveAccessibleName(new RegExp(`^Card ${i + 1} of 4: ${title.replace(".", "\\.")}, front`));
      await expectShowing(button, "front");
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }
  });

  test("a click flips to the definition and back", async ({ page }) => {
    await openLesson(page);
    const oin = card(page, 2);
    await oin.click();
    await expectShowing(oin, "back");
    await expect(oin).toHaveAccessibleName(/^Card 2 of 4: OIN, back: ?Okta Integration Network/);
    await oin.click();
    await expectShowing(oin, "front");
  });

  test("keyboard: Tab reaches the cards, Enter and Space flip them", async ({ page }) => {
    await openLesson(page);
    const first = card(page, 1);
    await tabFromPrevious(page, first);
    await page.keyboard.press("Enter");
    await expectShowing(first, "back");
    await page.keyboard.press("Tab");
    const second = card(page, 2);
    await expect(second).toBeFocused();
    await page.keyboard.press("Space");
    await expectShowing(second, "back");
    await page.keyboard.press("Space");
    await expectShowing(second, "front");
  });

  test("the card turns in 3D when motion is allowed", async ({ page }) => {
    await openLesson(page);
    const button = card(page, 3);
    await button.click();
    const inner = button.locator("[data-flip-inner]");
    await expect.poll(() => inner.evaluate((el) => getComputedStyle(el).transform)).toMatch(/^matrix3d\(-1,/);
    expect(await face(button, "back").evaluate((el) => getComputedStyle(el).backfaceVisibility)).toBe("hidden");
  });

  test("reduced motion: the other face shows at once, with no turn and no fade, and the hidden face is invisible", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openLesson(page);
    const button = card(page, 4);
    await expect(face(button, "back")).toBeHidden();
    await button.press("Enter");
    await expectShowing(button, "back");
    await expect(face(button, "back")).toBeVisible();
    await expect(face(button, "front")).toBeHidden();
    expect(await button.locator("[data-flip-inner]").evaluate((el) => getComputedStyle(el).transform)).toBe("none");
    const motion = await button.evaluate((el) =>
      [el, ...el.querySelectorAll("*")].map((e) => getComputedStyle(e)).filter((s) => s.transitionProperty !== "none" || s.animationName !== "none").length,
    );
    expect(motion, "elements of the card that still transition or animate").toBe(0);
  });

  test("flipped cards are remembered after a reload", async ({ page }) => {
    await openLesson(page);
    await card(page, 1).click();
    await card(page, 3).click();
    await expect.poll(async () => (await savedProgress(page)).flipped).toEqual(["scim-20", "group-push"]);
    await page.reload();
    await openLesson(page);
    await expectShowing(card(page, 1), "back");
    await expectShowing(card(page, 2), "front");
    await expectShowing(card(page, 3), "back");
    await expectShowing(card(page, 4), "front");
  });

  test("printed, every card shows both faces", async ({ page }) => {
    await page.emulateMedia({ media: "print", reducedMotion: "reduce" });
    await openLesson(page);
    for (let n = 1; n <= 4; n++) {
      await expect(face(card(page, n), "front")).toBeVisible();
      await expect(face(card(page, n), "back")).toBeVisible();
    }
  });

  test("with JavaScript off each card is a plain two-sided card, with no button and no flip hint", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    const cards = page.locator("[data-flip-card-plain]");
    await expect(cards).toHaveCount(4);
    await expect(cards.nth(0)).toBeVisible();
    await expect(cards.nth(0)).toContainText("SCIM 2.0");
    await expect(cards.nth(0).getByText(/Open REST standard for identity provisioning/)).toBeVisible();
    await expect(cards.nth(1).getByText(/Okta Integration Network — a catalog/)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Card \d of 4/ })).toHaveCount(0);
    await expect(page.getByText(/Flip|Tap to flip/).filter({ visible: true })).toHaveCount(0);
    await context.close();
  });
});

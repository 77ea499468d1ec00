import type { Page } from "@playwright/test";
import { STEP_MS } from "../lib/demo/machine";
import { expect, LESSON, openLesson, savedProgress, tabFromPrevious, test } from "./support";

const STEPS = ["Assign", "SCIM POST", "Account created", "Group Push sync"];

function demo(page: Page) {
  const region = page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });
  return {
    region,
    status: region.getByRole("status"),
    button: (name: string) => region.getByRole("button", { name, exact: true }),
    current: region.locator('li[aria-current="step"]'),
    failure: region.locator("[data-demo-failure]"),
  };
}

/** How long a test waits for the demo's own timers to run a few steps, on a slow, loaded machine. */
const RUN = { timeout: 20_000 };

/**
 * Opens the lesson with the page's clock held still once it is live: the demo moves on only when
 * the test runs the clock (`page.clock.runFor(STEP_MS)`), so however slowly the test's own key
 * presses and clicks arrive, no step passes in between.
 */
async function openWithClockHeld(page: Page) {
  await page.clock.install();
  await openLesson(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/**
 * Runs the held clock one step at a time, `steps` times, each time until the demo's status moves on
 * (the page renders each step before it sets the timer for the next).
 */
async function runSteps(page: Page, steps: number) {
  const status = demo(page).status;
  for (let i = 0; i < steps; i++) {
    const before = (await status.textContent()) ?? "";
    await page.clock.runFor(STEP_MS);
    await expect(status).not.toHaveText(before);
  }
}

/** The packet's left edge on every animation frame for 1.2 s after `act` (from its first appearance). */
async function packetPositionsDuring(page: Page, act: () => Promise<void>): Promise<number[]> {
  // Samples every frame for 1.6 s from the frame the travelling packet first exists in (it travels
  // for 1 s), so a slow click on a busy machine cannot eat into the window.
  await page.evaluate(() => {
    const w = window as unknown as { __packetXs: number[]; __packetDone: boolean };
    w.__packetXs = [];
    w.__packetDone = false;
    const giveUp = performance.now() + 8000;
    let until = Infinity;
    const sample = () => {
      const packet = document.querySelector('[data-packet="to-target"]');
      if (packet) {
        if (until === Infinity) until = performance.now() + 1600;
        w.__packetXs.push(packet.getBoundingClientRect().x);
      }
      const now = performance.now();
      if (now < until && now < giveUp) requestAnimationFrame(sample);
      else w.__packetDone = true;
    };
    requestAnimationFrame(sample);
  });
  await act();
  await page.waitForFunction(() => (window as unknown as { __packetDone: boolean }).__packetDone, null, { timeout: 10_000 });
  return page.evaluate(() => (window as unknown as { __packetXs: number[] }).__packetXs);
}

test.describe("live demo", () => {
  test("a labelled section with real buttons and a polite status", async ({ page }) => {
    await openLesson(page);
    const d = demo(page);
    await expect(d.region).toHaveCount(1);
    for (const name of ["Play", "Pause", "Step", "Reset", "Break it"]) await expect(d.button(name)).toHaveCount(1);
    await expect(d.status).toHaveText(/Demo ready/);
    await expect(d.region.getByRole("listitem").filter({ hasText: "SCIM POST" })).toContainText("POST /scim/v2/Users");
  });

  test("Play walks the steps in order, announces each, and records the run", async ({ page }) => {
    await openWithClockHeld(page);
    const d = demo(page);
    await d.button("Play").click();
    for (const [i, title] of STEPS.entries()) {
      await expect(d.status).toHaveText(new RegExp(`^Step ${i + 1} of 4: ${title}`));
      await expect(d.current).toContainText(title);
      await runSteps(page, 1);
    }
    await expect(d.status).toHaveText(/^Done: all 4 steps ran/);
    await expect(d.current).toHaveCount(0);
    await expect.poll(async () => (await savedProgress(page)).demoPlayed).toBe(true);
  });

  test("Pause stops the run; Play resumes it", async ({ page }) => {
    await openWithClockHeld(page);
    const d = demo(page);
    await d.button("Play").click();
    await expect(d.status).toHaveText(/^Step 1 of 4/);
    await runSteps(page, 1);
    await expect(d.status).toHaveText(/^Step 2 of 4/);
    await d.button("Pause").click();
    await expect(d.status).toHaveText(/^Paused at step 2 of 4: SCIM POST/);
    await page.clock.runFor(3 * STEP_MS);
    await expect(d.status).toHaveText(/^Paused at step 2 of 4/);
    await expect(d.current).toContainText("SCIM POST");
    await d.button("Play").click();
    await runSteps(page, 1);
    await expect(d.status).toHaveText(/^Step 3 of 4/);
  });

  test("Step advances exactly one step; Reset returns to the start", async ({ page }) => {
    await openLesson(page);
    const d = demo(page);
    await d.button("Step").click();
    await expect(d.status).toHaveText(/^Paused at step 1 of 4: Assign/);
    await d.button("Step").click();
    await expect(d.status).toHaveText(/^Paused at step 2 of 4: SCIM POST — POST \/scim\/v2\/Users/);
    await page.waitForTimeout(2000);
    await expect(d.status).toHaveText(/^Paused at step 2 of 4/);
    await d.button("Reset").click();
    await expect(d.status).toHaveText(/Demo ready/);
    await expect(d.current).toHaveCount(0);
  });

  test("Break it fails at step 3 with 409, the System Log event and the fix; Play then runs the happy path", async ({ page }) => {
    await openWithClockHeld(page);
    const d = demo(page);
    await expect(d.failure).toBeHidden();
    await d.button("Break it").click();
    await expect(d.failure).toBeVisible();
    await runSteps(page, 2);
    await expect(d.status).toHaveText(/^Broke at step 3 of 4, Account created: CRM returned HTTP\/1\.1 409 Conflict/);
    await expect(d.current).toContainText("Account created");
    await expect(d.failure).toContainText("Breaks at step 3");
    await expect(d.failure.getByText("HTTP/1.1 409 Conflict · scimType uniqueness")).toBeVisible();
    await expect(d.failure.getByText("application.provision.user.push (failure)")).toBeVisible();
    await expect(d.failure.getByText(/^Make Okta's lookup find the existing CRM account/)).toBeVisible();
    await expect(d.failure.getByText(/most common provisioning failure/)).toBeVisible();
    await page.clock.runFor(2 * STEP_MS);
    await expect(d.status).toHaveText(/^Broke at step 3 of 4/);

    await d.button("Play").click();
    await expect(d.failure).toBeHidden();
    await expect(d.status).toHaveText(/^Step 1 of 4: Assign/);
    await runSteps(page, 4);
    await expect(d.status).toHaveText(/^Done: all 4 steps ran/);
  });

  test("keyboard: Tab to the controls, Enter and Space press them", async ({ page }) => {
    await openWithClockHeld(page);
    const d = demo(page);
    await tabFromPrevious(page, d.button("Play"));
    await page.keyboard.press("Enter");
    await expect(d.status).toHaveText(/^Step 1 of 4/);
    await page.keyboard.press("Tab");
    await expect(d.button("Pause")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(d.status).toHaveText(/^Paused at step 1 of 4/);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(d.status).toHaveText(/^Paused at step 2 of 4/);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(d.button("Break it")).toBeFocused();
    await page.keyboard.press("Enter");
    await runSteps(page, 2);
    await expect(d.status).toHaveText(/^Broke at step 3 of 4/);
  });

  test("the packet travels between the systems when motion is allowed", async ({ page }) => {
    await openLesson(page);
    const d = demo(page);
    await d.button("Step").click();
    const positions = await packetPositionsDuring(page, () => d.button("Step").click());
    await expect(d.region.locator("[data-packet]")).toHaveAttribute("data-packet", "to-target");
    // A jump shows at most two positions; a packet that travels is seen in between, however few
    // frames a loaded machine draws.
    expect(new Set(positions.map(Math.round)).size).toBeGreaterThan(2);
    expect(positions[0]).toBeLessThan(positions.at(-1) ?? 0);
  });

  test("reduced motion: every step still works, and the packet lands without travelling", async ({ page }) => {
    // Two runs of the demo on its own timers (a failing one, then all four steps).
    test.slow();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openLesson(page);
    const d = demo(page);
    await d.button("Step").click();
    const positions = await packetPositionsDuring(page, () => d.button("Step").click());
    const packet = d.region.locator("[data-packet]");
    await expect(packet).toHaveText("POST");
    expect(new Set(positions.map(Math.round)).size).toBe(1);
    const [p, track] = [await packet.boundingBox(), await d.region.locator("[data-demo-track]").boundingBox()];
    expect(Math.abs((p?.x ?? 0) + (p?.width ?? 0) - ((track?.x ?? 0) + (track?.width ?? 0)))).toBeLessThan(2);
    await d.button("Break it").click();
    await expect(d.status).toHaveText(/^Broke at step 3 of 4/, RUN);
    await expect(d.failure.getByText("application.provision.user.push (failure)")).toBeVisible();
    await d.button("Reset").click();
    await d.button("Play").click();
    await expect(d.status).toHaveText(/^Done: all 4 steps ran/, RUN);
  });

  test("printed, the failure details are on the page and the controls are not", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await openLesson(page);
    const d = demo(page);
    await expect(d.failure.getByText("HTTP/1.1 409 Conflict · scimType uniqueness")).toBeVisible();
    await expect(d.button("Play")).toBeHidden();
  });

  test("with JavaScript off the steps, wire lines and failure are listed in order", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    const d = demo(page);
    const items = d.region.getByRole("list", { name: "Steps" }).getByRole("listitem");
    await expect(items).toHaveCount(4);
    for (const [i, title] of STEPS.entries()) await expect(items.nth(i)).toContainText(title);
    await expect(items.nth(2)).toContainText("HTTP/1.1 201 Created");
    await expect(items.nth(0)).toContainText("The IT admin assigns the new hire");
    await expect(d.failure).toBeVisible();
    await expect(d.failure.getByText("HTTP/1.1 409 Conflict · scimType uniqueness")).toBeVisible();
    await expect(d.failure.getByText(/^Make Okta's lookup/)).toBeVisible();
    await expect(d.region.getByRole("button", { name: "Play" })).toBeHidden();
    await context.close();
  });
});

/**
 * The SCORM packages (`npm run export:scorm`, out-scorm/; `npm run export:scorm:fixtures`) in a test LMS built on scorm-again: each
 * zip is unzipped and served under a nested path of another origin, its SCO launched in the
 * player's frame as the manifest names it; the learner fails at 6/10, passes at 7/10, exits and
 * comes back to find the pass; a lesson with a figure of its own loads the image from its package.
 */
import type { FrameLocator, Page } from "@playwright/test";
import { decodeSuspendData } from "../lib/scorm/suspend-data";
import { ANSWERS, expect, test, wrongFor } from "./support";
import { installTestLms, LMS_ORIGIN, PACKAGE_BASE, readPackage } from "./lms/test-lms";

const SLUG = "okta-scim-provisioning";
const ZIPS = { "1.2": `out-scorm/${SLUG}-scorm12.zip`, "2004": `out-scorm/${SLUG}-scorm2004.zip` } as const;

type Cmi = Record<string, unknown> & { suspend_data: string; interactions: Record<string, Record<string, unknown>> };
interface TestLms {
  entry: string;
  cmi(): Cmi;
  terminated(): boolean;
}

const lms = (page: Page) => page.evaluate(() => (window as unknown as { lms: TestLms }).lms.cmi());
const question = (sco: FrameLocator, n: number) => sco.getByRole("group", { name: new RegExp(`\\bQ${n} of 10\\b`) });

/** Answers all ten questions, the first `right` of them correctly, and submits. */
async function attempt(sco: FrameLocator, right: number) {
  for (let n = 1; n <= 10; n++) {
    const letter = n <= right ? ANSWERS[n]! : wrongFor(n);
    await question(sco, n).getByRole("radio", { name: new RegExp(`^${letter}\\.`) }).click();
    if (n <= 4) await question(sco, n).getByRole("button", { name: "Check" }).click();
  }
  await sco.getByRole("button", { name: "Submit all answers" }).click();
}

/** The interactions in index order, as the runtime received them. */
const interactions = (cmi: Cmi) =>
  Object.keys(cmi.interactions)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => cmi.interactions[k]!);

for (const version of ["1.2", "2004"] as const) {
  test(`SCORM ${version}: the LMS records a fail at 6/10, a pass at 7/10 and each answer, and a relaunch resumes with the pass`, async ({ page }) => {
    test.setTimeout(120_000);
    const pkg = readPackage(ZIPS[version]);
    expect(pkg).toMatchObject({ version, launch: "index.html", mastery: 70 });
    const { requests, missing, playerUrl } = await installTestLms(page, pkg);
    const sco = page.frameLocator("iframe[name=sco]");
    const xp = sco.getByRole("banner").getByRole("progressbar", { name: "XP" });

    await page.goto(playerUrl);
    await expect(xp).toHaveAttribute("aria-valuenow", /^\d+$/);
    const status12 = (cmi: Cmi) => (cmi.core as { lesson_status: string }).lesson_status;
    await expect.poll(async () => (version === "1.2" ? status12(await lms(page)) : (await lms(page)).completion_status)).toBe("incomplete");

    await attempt(sco, 6);
    await expect(sco.locator('[data-result="fail"]')).toContainText("6 of 10");
    const failed = await lms(page);
    if (version === "1.2") expect(failed.core).toMatchObject({ lesson_status: "failed", score: { raw: "60", min: "0", max: "100" } });
    else expect(failed).toMatchObject({ success_status: "failed", completion_status: "completed", score: { raw: "60", min: "0", max: "100", scaled: "0.6" } });
    const response = version === "1.2" ? "student_response" : "learner_response";
    const wrong = version === "1.2" ? "wrong" : "incorrect";
    expect(interactions(failed)).toEqual(
      Array.from({ length: 10 }, (_, i) =>
        expect.objectContaining({
          id: `q${i + 1}`,
          type: "choice",
          [response]: i < 6 ? ANSWERS[i + 1] : wrongFor(i + 1),
          result: i < 6 ? "correct" : wrong,
          correct_responses: { 0: { pattern: ANSWERS[i + 1] } },
        }),
      ),
    );

    await sco.getByRole("button", { name: "Try again" }).click();
    await attempt(sco, 7);
    await expect(sco.locator('[data-result="pass"]')).toContainText("7 of 10");
    const passed = await lms(page);
    if (version === "1.2") expect(passed.core).toMatchObject({ lesson_status: "passed", score: { raw: "70", min: "0", max: "100" } });
    else expect(passed).toMatchObject({ success_status: "passed", completion_status: "completed", score: { raw: "70", scaled: "0.7" } });
    const all = interactions(passed);
    expect(all).toHaveLength(20);
    expect(all[16]).toMatchObject({ id: "q7", [response]: "c", result: "correct" });
    const progress = decodeSuspendData(passed.suspend_data)?.state;
    expect(passed.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(progress).toMatchObject({ submitted: true, passed: { score: 7, total: 10 } });
    expect(progress?.attempts.map((a) => a.score)).toEqual([6, 7]);

    // Exit: the SCO's frame closes, and the lesson terminates with exit "suspend" and its session time.
    await page.getByRole("button", { name: "Exit activity" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { lms: TestLms }).lms.terminated())).toBe(true);
    const closed = await lms(page);
    if (version === "1.2") expect(closed.core).toMatchObject({ exit: "suspend", session_time: expect.stringMatching(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/) });
    else expect(closed).toMatchObject({ exit: "suspend", session_time: expect.stringMatching(/^PT(\d+H)?(\d+M)?[\d.]+S$/) });

    // Relaunch: the LMS resumes the attempt, and the lesson shows the pass it kept. The lesson's
    // copies on the device are wiped first, so what comes back can only come from the LMS.
    const deviceKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("techclick:")));
    expect(deviceKeys, "inside an LMS the device keeps only the learner's backup copy").toEqual([`techclick:progress:${SLUG}:lms:learner-1`]);
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("techclick:")).forEach((k) => localStorage.removeItem(k)));
    await page.goto(playerUrl);
    expect(await page.evaluate(() => (window as unknown as { lms: TestLms }).lms.entry)).toBe("resume");
    await expect(sco.locator('[data-result="pass"]')).toContainText("7 of 10");
    await expect(question(sco, 7).getByRole("radio", { name: /^c\./ })).toBeChecked();

    const lmsPages = [`${LMS_ORIGIN}/mod/scorm/`, `${LMS_ORIGIN}/lms/`, `${LMS_ORIGIN}/favicon.ico`];
    const outside = requests.filter((url) => !url.startsWith(LMS_ORIGIN + PACKAGE_BASE) && !lmsPages.some((p) => url.startsWith(p)));
    expect(outside, "requests that left the package").toEqual([]);
    expect(missing, "requests the package could not answer").toEqual([]);
    expect(requests.filter((url) => url.startsWith(LMS_ORIGIN + PACKAGE_BASE + "_next/")).length).toBeGreaterThan(5);
  });
}

test("an LMS that refuses suspend_data gets a discreet note, and the lesson goes on", async ({ page }) => {
  const pkg = readPackage(ZIPS["1.2"]);
  const { playerUrl } = await installTestLms(page, pkg);
  const sco = page.frameLocator("iframe[name=sco]");
  await page.goto(`${playerUrl}&refuse=cmi.suspend_data`);
  await expect(sco.getByRole("banner").getByRole("progressbar", { name: "XP" })).toHaveAttribute("aria-valuenow", /^\d+$/);
  await question(sco, 1).getByRole("radio", { name: /^c\./ }).click();
  await question(sco, 1).getByRole("button", { name: "Check" }).click();
  await expect(sco.locator("[data-lms-note]")).toContainText("did not save the last change (LMSSetValue cmi.suspend_data: 405");
  await expect(question(sco, 1).locator('[data-feedback="right"]')).toContainText("Right — you chose c.");
  // The answer is kept on the device for the learner's next launch.
  const copy = await page.evaluate(() => localStorage.getItem("techclick:progress:okta-scim-provisioning:lms:learner-1"));
  expect(JSON.parse(copy ?? "null")?.state.answers.q1).toMatchObject({ choice: "c", locked: true });
});

test("outside an LMS the package works silently on device storage", async ({ page }) => {
  const pkg = readPackage(ZIPS["2004"]);
  const { requests, missing } = await installTestLms(page, pkg);
  await page.goto(`${LMS_ORIGIN}${PACKAGE_BASE}${pkg.launch}`);
  await expect(page.getByRole("banner").getByRole("progressbar", { name: "XP" })).toHaveAttribute("aria-valuenow", /^\d+$/);
  await page.getByRole("group", { name: /\bQ1 of 10\b/ }).getByRole("radio", { name: /^c\./ }).click();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("techclick:progress:okta-scim-provisioning") ?? "null")?.state.answers.q1?.choice)).toBe("c");
  // The tutor's dialog is a chunk the runtime loads on click: chunk loading works from the package too.
  await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
  await expect(page.getByRole("dialog", { name: "Ask the AI Tutor" })).toBeVisible();
  await expect(page.locator("[data-lms-note]")).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith(LMS_ORIGIN + PACKAGE_BASE) && url !== `${LMS_ORIGIN}/favicon.ico`)).toEqual([]);
  expect(missing).toEqual([]);
});

// A lesson on another subject with a figure of its own (`npm run export:scorm:fixtures`): the
// image file travels in both packages and loads inside the LMS.
for (const version of ["1.2", "2004"] as const) {
  test(`SCORM ${version}: a lesson's own figure is in the package and loads inside the LMS`, async ({ page }) => {
    const pkg = readPackage(`out-scorm-fixtures/dns-resolution-${version === "1.2" ? "scorm12" : "scorm2004"}.zip`);
    const { requests, missing, playerUrl } = await installTestLms(page, pkg);
    const sco = page.frameLocator("iframe[name=sco]");
    await page.goto(playerUrl);
    const figure = sco.locator('figure[data-figure="image"]');
    await expect(figure).toContainText(/Figure \d+ — /);
    const image = figure.getByRole("img");
    const src = await image.getAttribute("src");
    expect(src, "the figure's URL is relative to the package").toMatch(/^\.\/lessons\/dns-resolution\/[^/]+$/);
    expect(pkg.files[src!.slice(2)], "the figure's file is in the package").toBeDefined();
    expect(pkg.manifest).toContain(`href="${src!.slice(2)}"`);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(requests).toContain(LMS_ORIGIN + PACKAGE_BASE + src!.slice(2));
    const lmsPages = [`${LMS_ORIGIN}/mod/scorm/`, `${LMS_ORIGIN}/lms/`, `${LMS_ORIGIN}/favicon.ico`];
    expect(requests.filter((url) => !url.startsWith(LMS_ORIGIN + PACKAGE_BASE) && !lmsPages.some((p) => url.startsWith(p))), "requests that left the package").toEqual([]);
    expect(missing, "requests the package could not answer").toEqual([]);
  });
}

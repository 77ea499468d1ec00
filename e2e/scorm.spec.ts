/**
 * The SCORM packages (`npm run export:scorm`, out-scorm/; `npm run export:scorm:fixtures`) in a test LMS built on scorm-again: each
 * zip is unzipped and served under a nested path of another origin, its SCO launched in the
 * player's frame as the manifest names it; the learner fails one short of the lesson's pass mark,
 * passes at it, exits and comes back to find the pass; a lesson with a figure of its own loads the
 * image from its package. Counts and answers come from the lesson's data.
 */
import { questionKind } from "../lib/quiz/kinds";
import type { FrameLocator, Page } from "@playwright/test";
import { decodeSuspendData } from "../lib/scorm/suspend-data";
import { answerAll, answerCorrectly, allowForAnswering, expect, firstRight, option, question, response, SITE_LESSON, test, type QuizLesson, type QuizQuestion } from "./support";
import { installTestLms, LMS_ORIGIN, PACKAGE_BASE, readPackage } from "./lms/test-lms";

const SLUG = SITE_LESSON.slug;
const ZIPS = { "1.2": `out-scorm/${SLUG}-scorm12.zip`, "2004": `out-scorm/${SLUG}-scorm2004.zip` } as const;

type Cmi = Record<string, unknown> & { suspend_data: string; interactions: Record<string, Record<string, unknown>> };
interface TestLms {
  entry: string;
  cmi(): Cmi;
  terminated(): boolean;
}

const lms = (page: Page) => page.evaluate(() => (window as unknown as { lms: TestLms }).lms.cmi());
/** Answers every question, the first `right` of them correctly, and submits. */
async function attempt(sco: FrameLocator, lesson: QuizLesson, right: number, retake = 0) {
  await answerAll(sco, lesson, firstRight(lesson, right), "mouse", retake);
  await sco.getByRole("button", { name: "Submit all answers" }).click();
}

/** The score an LMS records, in percent of the questions, rounded. */
const percent = (lesson: QuizLesson, score: number) => Math.round((score * 100) / lesson.questions.length);

/** The interactions in index order, as the runtime received them. */
const interactions = (cmi: Cmi) =>
  Object.keys(cmi.interactions)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => cmi.interactions[k]!);

for (const version of ["1.2", "2004"] as const) {
  test(`SCORM ${version}: the LMS records a fail one short of the pass mark, a pass at it and each answer, and a relaunch resumes with the pass`, async ({ page, lesson }) => {
    // Two attempts, an exit and a relaunch in an LMS's frame.
    allowForAnswering(lesson, { attempts: 2, plus: 30_000 });
    const total = lesson.questions.length;
    const [fail, pass] = [lesson.passMark - 1, lesson.passMark];
    const pkg = readPackage(ZIPS[version]);
    expect(pkg).toMatchObject({ version, launch: "index.html", mastery: lesson.passPercent });
    const { requests, missing, playerUrl } = await installTestLms(page, pkg);
    const sco = page.frameLocator("iframe[name=sco]");
    const xp = sco.getByRole("banner").getByRole("progressbar", { name: "XP" });

    await page.goto(playerUrl);
    await expect(xp).toHaveAttribute("aria-valuenow", /^\d+$/);
    const status12 = (cmi: Cmi) => (cmi.core as { lesson_status: string }).lesson_status;
    await expect.poll(async () => (version === "1.2" ? status12(await lms(page)) : (await lms(page)).completion_status)).toBe("incomplete");

    await attempt(sco, lesson, fail);
    await expect(sco.locator('[data-result="fail"]')).toContainText(`${fail} of ${total}`);
    const failed = await lms(page);
    const failRaw = String(percent(lesson, fail));
    if (version === "1.2") expect(failed.core).toMatchObject({ lesson_status: "failed", score: { raw: failRaw, min: "0", max: "100" } });
    else expect(failed).toMatchObject({ success_status: "failed", completion_status: "completed", score: { raw: failRaw, min: "0", max: "100", scaled: String(Number(failRaw) / 100) } });
    const learnerResponse = version === "1.2" ? "student_response" : "learner_response";
    const wrong = version === "1.2" ? "wrong" : "incorrect";
    // Each question reports as its kind says (choice or sequencing), in this SCORM version's list format.
    const scorm = (q: QuizQuestion) => questionKind(q.kind).scorm;
    expect(interactions(failed)).toEqual(
      lesson.questions.map((q) =>
        expect.objectContaining({
          id: q.id,
          type: scorm(q).type,
          [learnerResponse]: scorm(q).format(response(q, q.number <= fail), version),
          result: q.number <= fail ? "correct" : wrong,
          correct_responses: { 0: { pattern: scorm(q).format(q.correct, version) } },
        }),
      ),
    );

    // The retake shows the next variant of each question: a variant is a question of its own to the LMS.
    await sco.getByRole("button", { name: "Try again" }).click();
    await attempt(sco, lesson, pass, 1);
    await expect(sco.locator('[data-result="pass"]')).toContainText(`${pass} of ${total}`);
    const passed = await lms(page);
    const passRaw = String(percent(lesson, pass));
    if (version === "1.2") expect(passed.core).toMatchObject({ lesson_status: "passed", score: { raw: passRaw, min: "0", max: "100" } });
    else expect(passed).toMatchObject({ success_status: "passed", completion_status: "completed", score: { raw: passRaw, scaled: String(Number(passRaw) / 100) } });
    const all = interactions(passed);
    expect(all).toHaveLength(2 * total);
    // The second attempt's interactions follow the first's; its last right answer is the pass mark's.
    const lastRight = lesson.shownOn(1)[pass - 1]!;
    expect(all.slice(total).map((i) => i.id)).toEqual(lesson.shownOn(1).map((q) => q.id));
    expect(all[total + pass - 1]).toMatchObject({ id: lastRight.id, [learnerResponse]: scorm(lastRight).format(lastRight.correct, version), result: "correct" });
    const progress = decodeSuspendData(passed.suspend_data)?.state;
    expect(passed.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(progress).toMatchObject({ submitted: true, passed: { score: pass, total } });
    expect(progress?.attempts.map((a) => a.score)).toEqual([fail, pass]);

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
    await expect(sco.locator('[data-result="pass"]')).toContainText(`${pass} of ${total}`);
    if (lastRight.kind === "choose-one") await expect(option(sco, lastRight, lastRight.correct)).toBeChecked();
    else await expect(question(sco, lastRight).locator('[data-feedback="right"]')).toBeVisible();

    const lmsPages = [`${LMS_ORIGIN}/mod/scorm/`, `${LMS_ORIGIN}/lms/`, `${LMS_ORIGIN}/favicon.ico`];
    const outside = requests.filter((url) => !url.startsWith(LMS_ORIGIN + PACKAGE_BASE) && !lmsPages.some((p) => url.startsWith(p)));
    expect(outside, "requests that left the package").toEqual([]);
    expect(missing, "requests the package could not answer").toEqual([]);
    expect(requests.filter((url) => url.startsWith(LMS_ORIGIN + PACKAGE_BASE + "_next/")).length).toBeGreaterThan(5);
  });
}

test("an LMS that refuses suspend_data gets a discreet note, and the lesson goes on", async ({ page, lesson }) => {
  const pkg = readPackage(ZIPS["1.2"]);
  const { playerUrl } = await installTestLms(page, pkg);
  const sco = page.frameLocator("iframe[name=sco]");
  await page.goto(`${playerUrl}&refuse=cmi.suspend_data`);
  await expect(sco.getByRole("banner").getByRole("progressbar", { name: "XP" })).toHaveAttribute("aria-valuenow", /^\d+$/);
  const q = lesson.inline.find((question) => question.kind === "choose-one")!;
  await answerCorrectly(sco, q);
  await expect(sco.locator("[data-lms-note]")).toContainText("did not save the last change (LMSSetValue cmi.suspend_data: 405");
  await expect(question(sco, q).locator('[data-feedback="right"]')).toContainText(`Right — you chose ${q.correct}.`);
  // The answer is kept on the device for the learner's next launch.
  const copy = await page.evaluate((key) => localStorage.getItem(`${key}:lms:learner-1`), lesson.storageKey);
  expect(JSON.parse(copy ?? "null")?.state.answers[q.id]).toMatchObject({ choice: q.correct, locked: true });
});

test("outside an LMS the package works silently on device storage", async ({ page, lesson }) => {
  const pkg = readPackage(ZIPS["2004"]);
  const { requests, missing } = await installTestLms(page, pkg);
  await page.goto(`${LMS_ORIGIN}${PACKAGE_BASE}${pkg.launch}`);
  await expect(page.getByRole("banner").getByRole("progressbar", { name: "XP" })).toHaveAttribute("aria-valuenow", /^\d+$/);
  const q = lesson.questions.find((question) => question.kind === "choose-one")!;
  await option(page, q, q.correct).click();
  await expect.poll(() => page.evaluate(([key, id]) => JSON.parse(localStorage.getItem(key) ?? "null")?.state.answers[id]?.choice, [lesson.storageKey, q.id] as const)).toBe(q.correct);
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

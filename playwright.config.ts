import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import type { LessonOptions } from "./e2e/support/lesson-fixture";

/**
 * End-to-end tests run against the built static exports, served locally: the site in out/ on
 * E2E_PORT, and the fixture lessons (`npm run build:fixtures`, out-fixtures/) on E2E_PORT + 1 for
 * the `fixtures` project, which runs the fixture-lesson specs (authoring, any-subject) and the
 * assessment's specs (quiz, journey-results) again against a fixture lesson of another size and pass
 * mark: those specs read every count and answer from the lesson they are given (`lessonSource`).
 * They use the system Chromium when there is one (CHROMIUM_PATH or /usr/bin/chromium) and
 * Playwright's own browser otherwise; nothing here downloads a browser.
 */
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
const port = Number(process.env.E2E_PORT ?? 4173);
const fixturesPort = port + 1;
const fixtureSpecs = /(authoring|any-subject)\.spec\.ts$/;
const assessmentSpecs = /(quiz|journey-results)\.spec\.ts$/;
// The SCORM spec serves the packages in out-scorm/ and out-scorm-fixtures/ (`npm run export:scorm`,
// `npm run export:scorm:fixtures`) from its own test LMS.
const scormSpecs = /scorm\.spec\.ts$/;
const browser = { ...devices["Desktop Chrome"], channel: undefined };

function serve(dir: string, onPort: number) {
  return {
    command: `node scripts/serve-out.mjs ${onPort} ${dir}`,
    url: `http://127.0.0.1:${onPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  };
}

/**
 * Budgets for CI's slow, loaded two-core machine running two workers, where a test takes two to
 * three times as long as on a quiet one: under CI each test gets 60 s and each `expect` 15 s. A test
 * that legitimately does much (the whole assessment, axe over the whole lesson, a demo run) adds to
 * its own budget (`allowForAnswering`, `test.slow()`).
 */
export default defineConfig<LessonOptions>({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 15_000 : 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: [fixtureSpecs, scormSpecs], use: browser },
    {
      name: "fixtures",
      testMatch: [fixtureSpecs, assessmentSpecs],
      use: { ...browser, baseURL: `http://127.0.0.1:${fixturesPort}`, lessonSource: { dir: "e2e/fixtures/lessons", slug: "scim-create-and-read" } },
    },
    { name: "scorm", testMatch: scormSpecs, use: browser },
  ],
  webServer: [serve("out", port), serve("out-fixtures", fixturesPort)],
});

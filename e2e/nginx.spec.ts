import type { Page } from "@playwright/test";
import { expect, lessonLive, test, watchPrivacy } from "./support";
import { startNginx, type RunningNginx } from "./support/nginx";

/**
 * The exports served by a real nginx, configured as the README says (the generated include for the
 * headers, error_page for the 404 page): out/ at the root, and the BASE_PATH=/learn build
 * (`npm run build:base-path`, out-learn/) under /learn/.
 */
const LESSON = "lessons/okta-scim-provisioning/";
const BASE_PATH = "/learn";

let nginx: RunningNginx;
let root: string;
let subPath: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const firstPort = Number(process.env.E2E_PORT ?? 4173) + 4;
  nginx = await startNginx(
    [
      { exportDir: "out", basePath: "" },
      { exportDir: "out-learn", basePath: BASE_PATH },
    ],
    firstPort,
  );
  [root, subPath] = nginx.origins.map((origin, i) => (i === 0 ? `${origin}/` : `${origin}${BASE_PATH}/`)) as [string, string];
});

test.afterAll(async () => {
  await nginx?.stop();
});

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; style-src 'self' 'unsafe-inline';/);
  expect(headers).toMatchObject(SECURITY_HEADERS);
  expect(headers["permissions-policy"]).toContain("camera=()");
}

/**
 * Opens the lesson, then answers the first quick check: the Check button and its feedback work
 * only once React has hydrated the page under the served CSP.
 */
async function useLesson(page: Page, url: string, consoleErrors: string[]) {
  const origin = new URL(url).origin;
  const privacy = await watchPrivacy(page, origin);
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expectSecurityHeaders(response!.headers());
  // Hydrating under the CSP is what this checks: press only once the page is live.
  await lessonLive(page);

  const check = page.locator("fieldset").filter({ has: page.getByRole("button", { name: "Check" }) }).first();
  await check.getByRole("radio").first().check();
  await check.getByRole("button", { name: "Check" }).click();
  await expect(check.getByRole("status")).not.toBeEmpty();
  await page.waitForLoadState("networkidle");

  expect(failed, "responses with an error status").toEqual([]);
  expect(privacy.offOrigin, "requests that left the page's origin").toEqual([]);
  expect(privacy.cspMessages, "CSP messages in the console").toEqual([]);
  expect(await privacy.violations(), "securitypolicyviolation events").toEqual([]);
  expect(consoleErrors, "console errors").toEqual([]);
}

test("nginx serves the lesson with its headers, and it hydrates under its CSP", async ({ page, consoleErrors }) => {
  await useLesson(page, root + LESSON, consoleErrors);
});

const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/;

test.describe("unknown paths", () => {
  // Chromium reports the 404 answer in the console; it is what these tests ask for.
  test.use({ expectedConsole: [NOT_FOUND] });

  test("nginx answers an unknown path with the 404 page, status 404 and the headers", async ({ page }) => {
    const response = await page.goto(`${root}no-such-lesson/`);
    expect(response?.status()).toBe(404);
    expectSecurityHeaders(response!.headers());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't here");
  });

});

test("nginx serves the home page and a static asset with the security headers", async ({ request }) => {
  const home = await request.get(root);
  expect(home.status()).toBe(200);
  expectSecurityHeaders(home.headers());
  const icon = await request.get(`${root}icon.svg`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()).toMatchObject(SECURITY_HEADERS);
});

test.describe("a BASE_PATH build", () => {
  test.use({ expectedConsole: [NOT_FOUND] });

  test("a BASE_PATH build works under its sub-path: the lesson, its assets, hydration and the 404 page", async ({ page, consoleErrors }) => {
    await useLesson(page, subPath + LESSON, consoleErrors);
    const assets = await page.evaluate(() => [...document.querySelectorAll("script[src], link[rel=stylesheet]")].map((el) => el.getAttribute("src") ?? el.getAttribute("href")));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(new RegExp(`^${BASE_PATH}/_next/`));

    await page.getByRole("link", { name: "All lessons" }).first().click();
    await expect(page).toHaveURL(subPath);

    const missing = await page.goto(`${subPath}no-such-lesson/`);
    expect(missing?.status()).toBe(404);
    expectSecurityHeaders(missing!.headers());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't here");
});
});

import { inlineScripts } from "../scripts/lib/csp";
import { chunksOfLoader } from "../scripts/lib/scripts-after-paint";
import { offscreenSectionsCode } from "../components/lesson/offscreen-sections";
import { levelRadioCode } from "../components/read-as/level-radio";
import { exerciseControls, expect, LESSON, scrollThrough, test, watchPrivacy } from "./support";

for (const path of ["/", LESSON]) {
  test(`${path} stays on its origin, within its CSP and free of console errors while used`, async ({ page, baseURL, consoleErrors }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    const privacy = await watchPrivacy(page, origin);
    await page.goto(path);
    await scrollThrough(page);
    await exerciseControls(page);
    await scrollThrough(page);
    await page.waitForLoadState("networkidle");

    expect(privacy.offOrigin, "requests that left the page's origin").toEqual([]);
    expect(privacy.cspMessages, "CSP messages in the console").toEqual([]);
    expect(await privacy.violations(), "securitypolicyviolation events").toEqual([]);
    expect(consoleErrors, "console errors").toEqual([]);
  });

  test(`${path}: every link to another site opens without opener or referrer`, async ({ page, baseURL }) => {
    await page.goto(path);
    const origin = new URL(baseURL!).origin;
    const links = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" })),
    );
    const external = links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin);
    const unsafe = external.filter((l) => !(l.rel.split(/\s+/).includes("noopener") && l.rel.split(/\s+/).includes("noreferrer")));
    expect(unsafe, "external links without rel=noopener noreferrer").toEqual([]);
  });
}

test("the lesson is served with the per-page CSP and the security headers", async ({ page }) => {
  const response = await page.goto(LESSON);
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; style-src 'self' 'unsafe-inline';/);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "connect-src 'self'", "upgrade-insecure-requests"]) {
    expect(csp).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

/**
 * What may run inline: Next's RSC payload pushes, its Turbopack bootstrap, the build's loader of
 * Next's chunks, the reading-level script, the script that checks its "Read as" radio and the
 * script that lets off-screen sections wait.
 */
const NEXT_INLINE = [/^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(/, /^self\.__next_f\.push\(/, /^\(globalThis\["TURBOPACK"\]/];
const LEVEL_SCRIPT = /dataset\.level|data-level/;

function classify(scripts: string[]) {
  const next = scripts.filter((s) => NEXT_INLINE.some((p) => p.test(s)));
  const loader = scripts.filter((s) => chunksOfLoader(s).length > 0);
  const radio = scripts.filter((s) => s === levelRadioCode());
  const level = scripts.filter((s) => !next.includes(s) && !loader.includes(s) && !radio.includes(s) && LEVEL_SCRIPT.test(s));
  const sections = scripts.filter((s) => s === offscreenSectionsCode());
  const other = scripts.filter((s) => !next.includes(s) && !loader.includes(s) && !level.includes(s) && !radio.includes(s) && !sections.includes(s)).map((s) => s.slice(0, 120));
  return { next, loader, level, radio, sections, other };
}

test("the HTML inlines no script beyond Next's own, the reading-level scripts and the off-screen sections script", async ({ request }) => {
  const index = classify(inlineScripts(await (await request.get("/")).text()));
  expect(index.other, "unexpected inline scripts on the index").toEqual([]);
  expect(index.level).toHaveLength(0);
  expect(index.radio).toHaveLength(0);
  expect(index.sections).toHaveLength(0);

  const lesson = classify(inlineScripts(await (await request.get(LESSON)).text()));
  expect(lesson.other, "unexpected inline scripts on the lesson").toEqual([]);
  expect(lesson.next.length).toBeGreaterThan(0);
  // One loader adds Next's chunks after the first frame, all from this site's own build.
  expect(lesson.loader).toHaveLength(1);
  for (const chunk of chunksOfLoader(lesson.loader[0]!)) expect(chunk).toMatch(/^\/_next\/static\/chunks\/[\w.-]+\.js$/);
  // The level script must be small: it runs before paint, so it only sets an attribute.
  expect(lesson.level, "the lesson's reading-level script").toHaveLength(1);
  expect(lesson.level[0]!.length).toBeLessThan(1_000);
  // The lesson offers several levels, so "Read as" is on the page with the script that checks its radio.
  expect(lesson.radio, "the script after the Read as radios").toHaveLength(1);
  expect(lesson.sections, "the lesson's off-screen sections script").toHaveLength(1);
});

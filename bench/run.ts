/**
 * `npm run bench`: the lesson against the floor (a one-page Next.js app with one client button).
 * Builds both (unless --no-build), serves both out/ folders compressed as a CDN does, measures
 * first-load bytes, the JS the browser fetches and Lighthouse with both of its presets (mobile:
 * Moto G Power-class device, 4× CPU slowdown, simulated slow 4G; desktop: no CPU slowdown, fast
 * network), prints one table and writes bench/results/latest.json.
 * A report, not a test: it always exits 0 once it has measured, whatever the budgets say.
 * Usage: npm run bench [-- --no-build] [--runs=3] [--mobile | --desktop] [--no-lighthouse]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { browserJs } from "./lib/browser-js";
import { firstLoad } from "./lib/first-load";
import { lighthouse, type LighthouseResult, type Preset } from "./lib/lighthouse";
import { rows, table, type PageFigures } from "./lib/report";
import { serve } from "./lib/serve";

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const runs = Number(args.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 3);
const withLighthouse = !args.includes("--no-lighthouse");
const presets: Preset[] = args.includes("--mobile") ? ["mobile"] : args.includes("--desktop") ? ["desktop"] : ["mobile", "desktop"];
const chromePath = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
const LESSON = "/lessons/okta-scim-provisioning/";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (build) {
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env });
  execFileSync("node_modules/.bin/next", ["build", "bench/floor"], { stdio: "inherit", env });
}
if (!chromePath) throw new Error("No Chromium found: set CHROME_PATH (Lighthouse and the browser measurement need one).");

async function measure(url: string, outDir: string, route: string): Promise<PageFigures> {
  const bytes = await firstLoad(outDir, route);
  const scores: Partial<Record<Preset, LighthouseResult>> = {};
  // One preset, one page at a time: parallel runs would compete for the CPU and skew each other.
  if (withLighthouse) for (const preset of presets) scores[preset] = await lighthouse(url, chromePath!, runs, preset);
  return { js: bytes.js, css: bytes.css, html: bytes.html, htmlBrotli: bytes.htmlBrotli, browserJs: await browserJs(url, chromePath), lighthouse: withLighthouse ? scores : undefined };
}

const site = await serve(4511, "out");
const floorSite = await serve(4512, "bench/floor/out");
try {
  const lesson = await measure(site.url + LESSON, "out", LESSON);
  const floor = await measure(`${floorSite.url}/`, "bench/floor/out", "/");
  const all = rows(lesson, floor);
  const how = withLighthouse ? `; Lighthouse 12, ${presets.join(" and ")} preset${presets.length > 1 ? "s" : ""}, median of ${runs} run${runs === 1 ? "" : "s"}` : "";
  console.log(`\nLesson ${LESSON} vs floor — sizes gzip level 9 unless marked${how}\n`);
  console.log(table(all));
  for (const failing of new Set(presets.flatMap((p) => lesson.lighthouse?.[p]?.failing ?? []))) console.log(`  lesson lost points on: ${failing}`);
  if (all.some((r) => r.floorFails)) console.log("  FAIL (floor too): the one-button floor misses that budget as well on this machine.");
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/latest.json", JSON.stringify({ date: new Date().toISOString(), presets, runs, lesson, floor, rows: all }, null, 2) + "\n");
  console.log("\nWritten to bench/results/latest.json");
} finally {
  site.stop();
  floorSite.stop();
}

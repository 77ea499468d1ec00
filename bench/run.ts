/**
 * `npm run bench`: the lesson against two floors. The framework floor is a one-page Next.js app with
 * one client button (bench/floor/): what any page on the framework costs. The content floor is the
 * lesson's own built page with every script removed: what its content costs to paint, the page's own
 * limit. Builds the site and the framework floor (unless --no-build), writes the content floor from
 * out/, serves all three compressed as a CDN does, measures first-load bytes, the JS the browser
 * fetches and Lighthouse with both of its presets (mobile: Moto G Power-class device, 4× CPU
 * slowdown, simulated slow 4G; desktop: no CPU slowdown, fast network), prints one table and writes
 * bench/results/latest.json.
 * A report, not a test: it always exits 0 once it has measured, whatever the budgets say.
 * Usage: npm run bench [-- --no-build] [--runs=3] [--mobile | --desktop] [--no-lighthouse] [--cpu-slowdown=N]
 * --cpu-slowdown=N replaces the mobile preset's 4× CPU slowdown with N× for all three pages.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { browserJs } from "./lib/browser-js";
import { writeContentFloor } from "./lib/content-floor";
import { firstLoad } from "./lib/first-load";
import { lighthouse, type Preset } from "./lib/lighthouse";
import { mainThreadReport, rows, table, type Pages } from "./lib/report";
import { serve } from "./lib/serve";

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const runs = Number(args.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 3);
const withLighthouse = !args.includes("--no-lighthouse");
const presets: Preset[] = args.includes("--mobile") ? ["mobile"] : args.includes("--desktop") ? ["desktop"] : ["mobile", "desktop"];
const slowdownArg = args.find((a) => a.startsWith("--cpu-slowdown="))?.split("=")[1];
const cpuSlowdown = slowdownArg === undefined ? undefined : Number(slowdownArg);
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1)) throw new Error(`--cpu-slowdown=${slowdownArg}: expected a number of at least 1 (the mobile preset's own is 4).`);
const chromePath = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
const LESSON = "/lessons/okta-scim-provisioning/";
const CONTENT_FLOOR_DIR = "bench/content-floor/out";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!chromePath) throw new Error("No Chromium found: set CHROME_PATH (Lighthouse and the browser measurement need one).");
const buildSite = () => execFileSync("npm", ["run", "build"], { stdio: "inherit", env });
const buildFloor = () => execFileSync("node_modules/.bin/next", ["build", "bench/floor"], { stdio: "inherit", env });
if (build) {
  buildSite();
  buildFloor();
} else {
  // --no-build measures what is on disk; what was never built is built now, and said so.
  if (!existsSync("out/index.html")) {
    console.log("out/ has no build: building the site first (--no-build measures an existing build).");
    buildSite();
  }
  if (!existsSync("bench/floor/out/index.html")) {
    console.log("bench/floor/out/ has no build: building the framework floor first (--no-build measures an existing build).");
    buildFloor();
  }
}
await writeContentFloor("out", LESSON, CONTENT_FLOOR_DIR);

const sites = {
  lesson: { dir: "out", route: LESSON, port: 4511 },
  framework: { dir: "bench/floor/out", route: "/", port: 4512 },
  content: { dir: CONTENT_FLOOR_DIR, route: LESSON, port: 4513 },
};
const names = ["lesson", "framework", "content"] as const;
const servers: Awaited<ReturnType<typeof serve>>[] = [];
try {
  for (const name of names) servers.push(await serve(sites[name].port, sites[name].dir));
  const urls = names.map((name, i) => servers[i]!.url + sites[name].route);
  const pages = {} as Pages;
  for (const [i, name] of names.entries()) {
    const bytes = await firstLoad(sites[name].dir, sites[name].route);
    const fetched = await browserJs(urls[i]!, chromePath);
    pages[name] = { js: bytes.js, css: bytes.css, html: bytes.html, htmlBrotli: bytes.htmlBrotli, payload: bytes.payload, browserJs: fetched, lighthouse: withLighthouse ? {} : undefined };
  }
  if (withLighthouse) {
    for (const preset of presets) {
      const medians = await lighthouse(urls, chromePath, runs, preset, cpuSlowdown);
      names.forEach((name, i) => (pages[name].lighthouse![preset] = medians[i]));
    }
  }
  const all = rows(pages);
  const slower = cpuSlowdown !== undefined && presets.includes("mobile") ? ` (mobile with a ${cpuSlowdown}× CPU slowdown instead of 4×)` : "";
  const how = withLighthouse ? `; Lighthouse 12, ${presets.join(" and ")} preset${presets.length > 1 ? "s" : ""}${slower}, median of ${runs} run${runs === 1 ? "" : "s"}` : "";
  console.log(`\nLesson ${LESSON} vs the framework floor and the content floor — sizes gzip level 9 unless marked${how}\n`);
  console.log(table(all));
  for (const name of ["lesson", "content"] as const) {
    const label = name === "lesson" ? "lesson" : "content floor";
    for (const failing of new Set(presets.flatMap((p) => pages[name].lighthouse?.[p]?.failing ?? []))) console.log(`  ${label} lost points on: ${failing}`);
  }
  for (const preset of presets) {
    const cpu = names.map((name) => pages[name].lighthouse?.[preset]?.cpu).filter((n): n is number => n !== undefined);
    if (cpu.length > 0) console.log(`  ${preset}: Lighthouse rated this machine's CPU ${Math.round(Math.min(...cpu))}–${Math.round(Math.max(...cpu))} (its benchmarkIndex; the median per page)`);
  }
  if (withLighthouse) for (const preset of presets) console.log(`\n${mainThreadReport(preset, names, pages)}`);
  if (all.some((r) => r.pass === false && r.contentFloorFails)) {
    console.log("  FAIL (content floor too): the lesson's page without any script misses that budget as well on this machine.");
  }
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/latest.json", JSON.stringify({ date: new Date().toISOString(), presets, runs, ...pages, rows: all }, null, 2) + "\n");
  console.log("\nWritten to bench/results/latest.json");
} finally {
  for (const server of servers) server.stop();
}

/**
 * Lighthouse 12 from node_modules/.bin against the system Chromium. Mobile by default (Lighthouse's
 * own default: a Moto G Power-class device, 4× CPU slowdown, simulated slow 4G), desktop on request.
 * The median of `runs` runs, per number.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's rating of the CPU during the run (its benchmarkIndex): how busy the machine was. */
  cpu: number;
  /** Audits that lost points outside performance, for the report. */
  failing: string[];
  /** Main-thread time by kind of work (Lighthouse's labels: "Style & Layout", "Script Evaluation"…), ms. */
  mainThread: Record<string, number>;
  /** The five longest main-thread tasks, longest first, with the script they are attributed to. */
  longTasks: LongTask[];
}

export interface LongTask {
  /** The script (or the document) Lighthouse attributes the task to. */
  source: string;
  /** Milliseconds, with the run's CPU slowdown. */
  duration: number;
}

interface DetailItems<T> {
  details?: { items?: T[] };
}

interface LhReport {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string } & DetailItems<Record<string, unknown>>>;
}

/** Main-thread time per kind of work, from the "mainthread-work-breakdown" audit. */
export function mainThreadOf(report: Pick<LhReport, "audits">): Record<string, number> {
  const items = (report.audits["mainthread-work-breakdown"]?.details?.items ?? []) as { groupLabel?: string; group?: string; duration?: number }[];
  return Object.fromEntries(items.map((item) => [item.groupLabel ?? item.group ?? "?", Math.round(item.duration ?? 0)]));
}

/** The five longest tasks, from the "long-tasks" audit. */
export function longTasksOf(report: Pick<LhReport, "audits">): LongTask[] {
  const items = (report.audits["long-tasks"]?.details?.items ?? []) as { url?: string; duration?: number }[];
  return items
    .map((item) => ({ source: item.url ?? "?", duration: Math.round(item.duration ?? 0) }))
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5);
}

export type Preset = "mobile" | "desktop";

/**
 * Lighthouse's command line for one run. `cpuSlowdown` replaces the mobile preset's 4× CPU slowdown
 * (the desktop preset has none and keeps none): on a machine faster than a mid-range phone's CPU,
 * a larger factor simulates that phone.
 */
export function lighthouseFlags(url: string, preset: Preset, cpuSlowdown?: number): string[] {
  const flags = [url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance,accessibility,best-practices,seo"];
  if (preset === "desktop") flags.push("--preset=desktop");
  else if (cpuSlowdown !== undefined) flags.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`);
  return flags;
}

async function once(url: string, chromePath: string, preset: Preset, cpuSlowdown?: number): Promise<LighthouseResult> {
  const { stdout } = await run(
    "node_modules/.bin/lighthouse",
    lighthouseFlags(url, preset, cpuSlowdown),
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LhReport;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = ["accessibility", "best-practices", "seo"].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${report.audits[ref.id]?.title ?? ref.id}`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: report.audits["first-contentful-paint"]?.numericValue ?? NaN,
    lcp: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbt: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    cpu: report.environment?.benchmarkIndex ?? NaN,
    failing,
    mainThread: mainThreadOf(report),
    longTasks: longTasksOf(report),
  };
}

/** Lighthouse sometimes loses its trace (NO_NAVSTART) on a busy machine; such a run is repeated. */
async function withRetries(url: string, chromePath: string, preset: Preset, cpuSlowdown?: number, attempts = 3): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(url, chromePath, preset, cpuSlowdown);
    } catch (error) {
      const reason = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split("\n")[0];
      if (attempt >= attempts) throw new Error(`Lighthouse failed ${attempts} times on ${url}: ${reason}`);
      console.error(`Lighthouse run failed on ${url} (${reason}); trying again.`);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * The median of each number over several runs of one page; `failing` is the union, the main-thread
 * breakdown the median per kind of work, and the long tasks those of the run with the median TBT.
 */
export function medianOf(results: LighthouseResult[]): LighthouseResult {
  const pick = (key: Exclude<keyof LighthouseResult, "failing" | "mainThread" | "longTasks">) => median(results.map((r) => r[key]));
  const tbt = pick("tbt");
  const kinds = [...new Set(results.flatMap((r) => Object.keys(r.mainThread)))];
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    fcp: pick("fcp"),
    lcp: pick("lcp"),
    tbt,
    cls: pick("cls"),
    cpu: pick("cpu"),
    failing: [...new Set(results.flatMap((r) => r.failing))],
    mainThread: Object.fromEntries(kinds.map((kind) => [kind, median(results.map((r) => r.mainThread[kind] ?? 0))])),
    longTasks: (results.find((r) => r.tbt === tbt) ?? results[0])?.longTasks ?? [],
  };
}

/**
 * Medians for several pages, one preset. One run at a time (parallel runs would compete for the CPU),
 * taking the pages in turn within each round, so that a change in the shared machine's load shifts
 * every page alike instead of whichever page was being measured then: the ratios stay comparable.
 */
export async function lighthouse(urls: string[], chromePath: string, runs: number, preset: Preset, cpuSlowdown?: number): Promise<LighthouseResult[]> {
  const results: LighthouseResult[][] = urls.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [n, url] of urls.entries()) results[n]!.push(await withRetries(url, chromePath, preset, cpuSlowdown));
  }
  return results.map(medianOf);
}

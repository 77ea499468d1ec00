/**
 * The budgets and the table: one row per number, for the lesson and its two floors — the framework
 * floor (a one-button Next.js page: what the framework costs) and the content floor (the lesson's own
 * page with no scripts: what its content costs) — with the lesson's distance from each and a verdict.
 */
import type { LighthouseResult, Preset } from "./lighthouse";

export interface PageFigures {
  js: number;
  css: number;
  html: number;
  /** The HTML as Brotli, which CDNs serve to browsers that accept it (and the bench's server does). */
  htmlBrotli?: number;
  /** The RSC payload the page fetches after its first frame instead of inlining it (gzip). */
  payload?: number;
  browserJs: { gzip: number; count: number };
  /** Lighthouse medians per preset that was run. */
  lighthouse?: Partial<Record<Preset, LighthouseResult>>;
}

export interface Pages {
  lesson: PageFigures;
  framework: PageFigures;
  content: PageFigures;
}

export interface Row {
  metric: string;
  lesson: string;
  framework: string;
  content: string;
  vsFramework: string;
  vsContent: string;
  budget: string;
  pass: boolean | null;
  /** The content floor misses this budget too: no change to the lesson's scripts can meet it on this machine. */
  contentFloorFails?: boolean;
}

/** Gzipped JS the lesson may load beyond the framework floor's (45 kB = 45,000 bytes). */
export const JS_BUDGET_BYTES = 45_000;
/** Mobile LCP may be at most this multiple of the content floor's. */
export const LCP_BUDGET_RATIO = 1.1;
/** Mobile TBT may exceed the framework floor's by at most this: what the lesson's own work may block. */
export const TBT_BUDGET_MS = 100;
/** Mobile Lighthouse performance may be at most this far below the framework floor's. */
export const PERFORMANCE_SLACK = 5;
export const CLS_BUDGET = 0.01;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${kb(Math.abs(bytes))}`;
const ms = (value: number) => `${Math.round(value)} ms`;
const signedMs = (value: number) => `${value >= 0 ? "+" : "−"}${ms(Math.abs(value))}`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

/** A budget as a test any page can be put to, so the content floor can be put to it as well. */
interface Budget<T> {
  text: string;
  meets: (figures: T) => boolean;
}

function judged<T>(budget: Budget<T> | undefined, lesson: T, content: T): Pick<Row, "budget" | "pass" | "contentFloorFails"> {
  if (!budget) return { budget: "—", pass: null };
  return { budget: budget.text, pass: budget.meets(lesson), contentFloorFails: !budget.meets(content) };
}

export function rows(pages: Pages): Row[] {
  const { lesson, framework, content } = pages;
  const size = (metric: string, bytes: (p: PageFigures) => number, budget?: Budget<PageFigures>, show = (p: PageFigures) => kb(bytes(p))): Row => ({
    metric,
    lesson: show(lesson),
    framework: show(framework),
    content: show(content),
    vsFramework: signedKb(bytes(lesson) - bytes(framework)),
    vsContent: signedKb(bytes(lesson) - bytes(content)),
    ...judged(budget, lesson, content),
  });
  const jsBudget = (bytes: (p: PageFigures) => number): Budget<PageFigures> => ({
    text: `≤ framework floor + ${kb(JS_BUDGET_BYTES)}`,
    meets: (p) => bytes(p) - bytes(framework) <= JS_BUDGET_BYTES,
  });
  const fetched = (p: PageFigures) => p.browserJs.gzip;
  const out: Row[] = [
    size("JS, first load (gzip, from HTML)", (p) => p.js, jsBudget((p) => p.js)),
    size("JS fetched by the browser during load (gzip)", fetched, jsBudget(fetched), (p) => `${kb(fetched(p))} (${p.browserJs.count} files)`),
    size("CSS (gzip)", (p) => p.css),
    size("HTML (gzip)", (p) => p.html),
  ];
  if (lesson.htmlBrotli !== undefined && framework.htmlBrotli !== undefined && content.htmlBrotli !== undefined) {
    out.push(size("HTML (Brotli, as served)", (p) => p.htmlBrotli!));
  }
  if (lesson.payload !== undefined) out.push(size("RSC payload, fetched after paint (gzip)", (p) => p.payload ?? 0));
  for (const preset of ["mobile", "desktop"] as const) {
    const [l, f, c] = [lesson, framework, content].map((p) => p.lighthouse?.[preset]);
    if (l && f && c) out.push(...lighthouseRows(preset, l, f, c));
  }
  return out;
}

/** One preset's rows. The LCP and TBT budgets hold on mobile only; the other budgets on both presets. */
function lighthouseRows(preset: Preset, l: LighthouseResult, f: LighthouseResult, c: LighthouseResult): Row[] {
  const mobile = preset === "mobile";
  type Of = (r: LighthouseResult) => number;
  const score = (name: string, of: Of, budget?: Budget<LighthouseResult>): Row => ({
    metric: `${preset}: Lighthouse ${name}`,
    lesson: String(of(l)),
    framework: String(of(f)),
    content: String(of(c)),
    vsFramework: "",
    vsContent: "",
    ...judged(budget, l, c),
  });
  const full = (of: Of): Budget<LighthouseResult> => ({ text: "100", meets: (r) => of(r) >= 100 });
  /** Paint times are shown as a ratio to the content floor's, blocking time as a difference. */
  const time = (name: string, of: Of, asRatio: boolean, budget?: Budget<LighthouseResult>): Row => ({
    metric: `${preset}: ${name}`,
    lesson: ms(of(l)),
    framework: ms(of(f)),
    content: ms(of(c)),
    vsFramework: signedMs(of(l) - of(f)),
    vsContent: asRatio ? ratio(of(l), of(c)) : signedMs(of(l) - of(c)),
    ...judged(budget, l, c),
  });
  const lcpLimit = LCP_BUDGET_RATIO * c.lcp;
  return [
    score(
      "performance",
      (r) => r.performance,
      mobile ? { text: `≥ framework floor − ${PERFORMANCE_SLACK} (${f.performance - PERFORMANCE_SLACK})`, meets: (r) => r.performance >= f.performance - PERFORMANCE_SLACK } : undefined,
    ),
    score("accessibility", (r) => r.accessibility, full((r) => r.accessibility)),
    score("best practices", (r) => r.bestPractices, full((r) => r.bestPractices)),
    score("SEO", (r) => r.seo, full((r) => r.seo)),
    time("FCP", (r) => r.fcp, true),
    time("LCP", (r) => r.lcp, true, mobile ? { text: `≤ ${LCP_BUDGET_RATIO.toFixed(2)} × content floor (${ms(lcpLimit)})`, meets: (r) => r.lcp <= lcpLimit } : undefined),
    time("TBT", (r) => r.tbt, false, mobile ? { text: `≤ framework floor + ${TBT_BUDGET_MS} ms (${ms(f.tbt + TBT_BUDGET_MS)})`, meets: (r) => r.tbt <= f.tbt + TBT_BUDGET_MS } : undefined),
    {
      metric: `${preset}: CLS`,
      lesson: l.cls.toFixed(3),
      framework: f.cls.toFixed(3),
      content: c.cls.toFixed(3),
      vsFramework: "",
      vsContent: "",
      ...judged({ text: `≤ ${CLS_BUDGET}`, meets: (r) => r.cls <= CLS_BUDGET }, l, c),
    },
  ];
}

export const verdict = (r: Row) => (r.pass === null ? "" : r.pass ? "pass" : r.contentFloorFails ? "FAIL (content floor too)" : "FAIL");

/** A Markdown table, readable in a terminal and pasteable into the README. */
export function table(all: Row[]): string {
  const cells = all.map((r) => [r.metric, r.lesson, r.framework, r.content, r.vsFramework, r.vsContent, r.budget, verdict(r)]);
  const header = ["", "lesson", "framework floor", "content floor", "vs framework floor", "vs content floor", "budget", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

/** Where each page's main-thread time goes on one preset: its CPU rating, the work by kind, the five longest tasks. */
export function mainThreadReport(preset: Preset, names: readonly (keyof Pages)[], pages: Pages): string {
  const lines = [`Main thread, ${preset} (median run; ms with the run's CPU slowdown):`];
  for (const name of names) {
    const result = pages[name].lighthouse?.[preset];
    if (!result) continue;
    const work = Object.entries(result.mainThread)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${ms.toLocaleString("en-US")}`)
      .join(" · ");
    lines.push(`  ${name} (benchmarkIndex ${Math.round(result.cpu)}): ${work || "no breakdown"}`);
    for (const task of result.longTasks) lines.push(`    ${String(task.duration).padStart(5)} ms  ${shortSource(task.source)}`);
  }
  return lines.join("\n");
}

/** A task's script as a path on the site ("/_next/static/chunks/…"), the document as "document". */
function shortSource(url: string): string {
  try {
    const { pathname } = new URL(url);
    return pathname.endsWith("/") ? `document ${pathname}` : pathname;
  } catch {
    return url;
  }
}

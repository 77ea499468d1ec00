/** The budgets and the side-by-side table: one row per number, lesson vs floor, pass/fail. */
import type { LighthouseResult, Preset } from "./lighthouse";

export interface PageFigures {
  js: number;
  css: number;
  html: number;
  /** The HTML as Brotli, which CDNs serve to browsers that accept it (and the bench's server does). */
  htmlBrotli?: number;
  browserJs: { gzip: number; count: number };
  /** Lighthouse medians per preset that was run. */
  lighthouse?: Partial<Record<Preset, LighthouseResult>>;
}

export interface Row {
  metric: string;
  lesson: string;
  floor: string;
  delta: string;
  budget: string;
  pass: boolean | null;
  /** The floor misses this budget too: no page built on the framework can meet it on this machine. */
  floorFails?: boolean;
}

/** The budget: the lesson may add at most 45 kB (45,000 bytes) of gzipped JS over the floor. */
export const JS_BUDGET_BYTES = 45_000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${kb(Math.abs(bytes))}`;
const ms = (value: number) => `${Math.round(value)} ms`;

export function rows(lesson: PageFigures, floor: PageFigures): Row[] {
  const out: Row[] = [
    { metric: "JS, first load (gzip, from HTML)", lesson: kb(lesson.js), floor: kb(floor.js), delta: signedKb(lesson.js - floor.js), budget: `≤ +${kb(JS_BUDGET_BYTES)} over floor`, pass: lesson.js - floor.js <= JS_BUDGET_BYTES },
    {
      metric: "JS fetched by the browser during load (gzip)",
      lesson: `${kb(lesson.browserJs.gzip)} (${lesson.browserJs.count} files)`,
      floor: `${kb(floor.browserJs.gzip)} (${floor.browserJs.count} files)`,
      delta: signedKb(lesson.browserJs.gzip - floor.browserJs.gzip),
      budget: `≤ +${kb(JS_BUDGET_BYTES)} over floor`,
      pass: lesson.browserJs.gzip - floor.browserJs.gzip <= JS_BUDGET_BYTES,
    },
    { metric: "CSS (gzip)", lesson: kb(lesson.css), floor: kb(floor.css), delta: signedKb(lesson.css - floor.css), budget: "—", pass: null },
    { metric: "HTML (gzip)", lesson: kb(lesson.html), floor: kb(floor.html), delta: signedKb(lesson.html - floor.html), budget: "—", pass: null },
  ];
  if (lesson.htmlBrotli !== undefined && floor.htmlBrotli !== undefined) {
    out.push({ metric: "HTML (Brotli, as served)", lesson: kb(lesson.htmlBrotli), floor: kb(floor.htmlBrotli), delta: signedKb(lesson.htmlBrotli - floor.htmlBrotli), budget: "—", pass: null });
  }
  for (const preset of ["mobile", "desktop"] as const) {
    const l = lesson.lighthouse?.[preset];
    const f = floor.lighthouse?.[preset];
    if (l && f) out.push(...lighthouseRows(preset, l, f));
  }
  return out;
}

/** The Lighthouse budgets for one preset; a budget the floor misses as well is marked as such. */
function lighthouseRows(preset: Preset, l: LighthouseResult, f: LighthouseResult): Row[] {
  const score = (name: string, a: number, b: number, min: number): Row => ({
    metric: `${preset}: Lighthouse ${name}`,
    lesson: String(a),
    floor: String(b),
    delta: "",
    budget: min === 100 ? "100" : `≥ ${min}`,
    pass: a >= min,
    floorFails: b < min,
  });
  return [
    score("performance", l.performance, f.performance, 98),
    score("accessibility", l.accessibility, f.accessibility, 100),
    score("best practices", l.bestPractices, f.bestPractices, 100),
    score("SEO", l.seo, f.seo, 100),
    { metric: `${preset}: FCP`, lesson: ms(l.fcp), floor: ms(f.fcp), delta: `+${ms(l.fcp - f.fcp)}`, budget: "—", pass: null },
    { metric: `${preset}: LCP`, lesson: ms(l.lcp), floor: ms(f.lcp), delta: `×${(l.lcp / f.lcp).toFixed(2)}`, budget: `≤ 1.25 × floor (${ms(1.25 * f.lcp)})`, pass: l.lcp <= 1.25 * f.lcp },
    { metric: `${preset}: TBT`, lesson: ms(l.tbt), floor: ms(f.tbt), delta: `+${ms(l.tbt - f.tbt)}`, budget: "—", pass: null },
    { metric: `${preset}: CLS`, lesson: l.cls.toFixed(3), floor: f.cls.toFixed(3), delta: "", budget: "≤ 0.01", pass: l.cls <= 0.01, floorFails: f.cls > 0.01 },
  ];
}

/** A Markdown table, readable in a terminal and pasteable into the README. */
export function table(all: Row[]): string {
  const verdict = (r: Row) => (r.pass === null ? "" : r.pass ? "pass" : r.floorFails ? "FAIL (floor too)" : "FAIL");
  const cells = all.map((r) => [r.metric, r.lesson, r.floor, r.delta, r.budget, verdict(r)]);
  const header = ["", "lesson", "floor", "delta", "budget", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

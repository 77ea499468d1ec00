import { describe, expect, it } from "vitest";
import { afterPaintLoader } from "../../scripts/lib/scripts-after-paint";
import { assetsOf, brotliSize, gzipSize } from "./first-load";
import { lighthouseFlags, longTasksOf, mainThreadOf, medianOf, type LighthouseResult } from "./lighthouse";
import { JS_BUDGET_BYTES, mainThreadReport, TBT_BUDGET_MS, rows, table, verdict, type PageFigures, type Pages, type Row } from "./report";

describe("first-load assets", () => {
  it("takes scripts, stylesheets and preloaded scripts once each, skipping nomodule and other origins", () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel="preload" as="script" href="/b.js">
      <link rel="modulepreload" href="/c.js"><link rel="preload" as="font" href="/f.woff2"><link rel="icon" href="/i.svg"></head>
      <body><script src="/b.js" async></script><script src="/legacy.js" nomodule></script>
      <script src="https://cdn.example.com/x.js"></script><script>inline()</script></body>`;
    expect(assetsOf(html)).toEqual([
      { url: "/a.css", kind: "css" },
      { url: "/b.js", kind: "js" },
      { url: "/c.js", kind: "js" },
    ]);
  });

  it("counts the chunks a page loads after its first frame as first-load JS", () => {
    const html = `<head><link rel="stylesheet" href="/a.css"></head><body><p>Text</p><script>${afterPaintLoader(["/x.js", "/y.js"])}</script></body>`;
    expect(assetsOf(html)).toEqual([
      { url: "/a.css", kind: "css" },
      { url: "/x.js", kind: "js" },
      { url: "/y.js", kind: "js" },
    ]);
  });
});

describe("the payload", () => {
  it("counts the payload the loader fetches after the first frame apart from the JS", () => {
    const html = `<body><p>Text</p><script>${afterPaintLoader(["/x.js"], "/payload-1.json")}</script></body>`;
    expect(assetsOf(html)).toEqual([
      { url: "/x.js", kind: "js" },
      { url: "/payload-1.json", kind: "payload" },
    ]);
  });
});

describe("compressed sizes", () => {
  it("measures Brotli below gzip on a page whose text repeats far apart, as the RSC payload does", () => {
    const text = Array.from({ length: 4000 }, (_, i) => `sentence ${i * 7919 % 10007} about provisioning`).join(" ");
    const page = new TextEncoder().encode(`<main>${text}</main><script>${JSON.stringify(text)}</script>`);
    expect(brotliSize(page)).toBeLessThan(gzipSize(page) * 0.75);
  });
});

describe("size rows", () => {
  const page = (js: number): PageFigures => ({ js, css: 1000, html: 2000, browserJs: { gzip: js, count: 3 } });
  const pages = (lesson: number, framework: number): Pages => ({ lesson: page(lesson), framework: page(framework), content: page(0) });

  it("passes the JS budgets up to the framework floor + 45 kB and fails past it", () => {
    const [fromHtml, fetched] = rows(pages(100_000 + JS_BUDGET_BYTES, 100_000));
    expect(fromHtml).toMatchObject({ vsFramework: "+45.0 kB", budget: "≤ framework floor + 45.0 kB", pass: true });
    expect(fetched).toMatchObject({ lesson: "145.0 kB (3 files)", pass: true });
    expect(rows(pages(100_001 + JS_BUDGET_BYTES, 100_000)).slice(0, 2).map((r) => r.pass)).toEqual([false, false]);
  });

  it("shows how far the lesson is from each floor, signed", () => {
    const [js] = rows({ lesson: page(90_000), framework: page(100_000), content: page(0) });
    expect(js).toMatchObject({ vsFramework: "−10.0 kB", vsContent: "+90.0 kB", content: "0.0 kB" });
  });

  it("prints an aligned Markdown table with both floors", () => {
    const lines = table(rows(pages(150_000, 100_000))).split("\n");
    expect(lines[0]).toMatch(/^\| +\| lesson +\| framework floor +\| content floor +\| vs framework floor +\| vs content floor +\| budget +\| +\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe("Lighthouse rows", () => {
  const lh = (over: Partial<LighthouseResult>): LighthouseResult => ({ performance: 100, accessibility: 100, bestPractices: 100, seo: 100, fcp: 400, lcp: 500, tbt: 10, cls: 0, cpu: 900, failing: [], mainThread: {}, longTasks: [], ...over });
  const page = (mobile: Partial<LighthouseResult> = {}, desktop: Partial<LighthouseResult> = {}): PageFigures => ({
    js: 1000, css: 0, html: 1000, htmlBrotli: 800, browserJs: { gzip: 1000, count: 1 }, lighthouse: { mobile: lh(mobile), desktop: lh(desktop) },
  });
  const row = (all: Row[], metric: string) => all.find((r) => r.metric === metric)!;

  it("gives each preset its own rows, with the Brotli HTML size", () => {
    const all = rows({ lesson: page(), framework: page(), content: page() });
    expect(all.map((r) => r.metric)).toContain("HTML (Brotli, as served)");
    expect(all.filter((r) => r.metric.startsWith("mobile: ")).length).toBe(8);
    expect(all.filter((r) => r.metric.startsWith("desktop: ")).length).toBe(8);
  });

  it("leaves the Lighthouse rows out unless all three pages were measured", () => {
    expect(rows({ lesson: page(), framework: page(), content: { ...page(), lighthouse: undefined } }).some((r) => r.metric.startsWith("mobile: "))).toBe(false);
  });

  it("holds mobile LCP to 1.10 × the content floor's, whatever the framework floor's", () => {
    const lcp = (lesson: number) => row(rows({ lesson: page({ lcp: lesson }), framework: page({ lcp: 100 }), content: page({ lcp: 800 }) }), "mobile: LCP");
    expect(lcp(880)).toMatchObject({ vsContent: "×1.10", vsFramework: "+780 ms", budget: "≤ 1.10 × content floor (880 ms)", pass: true });
    expect(lcp(881).pass).toBe(false);
  });

  it("reports FCP and desktop LCP as ratios to the content floor's, without a budget", () => {
    const all = rows({ lesson: page({ fcp: 1200 }, { lcp: 900 }), framework: page({ fcp: 1300 }), content: page({ fcp: 1000 }, { lcp: 600 }) });
    expect(row(all, "mobile: FCP")).toMatchObject({ vsContent: "×1.20", vsFramework: "−100 ms", pass: null });
    expect(row(all, "desktop: LCP")).toMatchObject({ vsContent: "×1.50", budget: "—", pass: null });
  });

  it("holds mobile TBT to the framework floor's + 100 ms and reports desktop TBT without a budget", () => {
    const all = (tbt: number) => rows({ lesson: page({ tbt }, { tbt: 900 }), framework: page({ tbt: 150 }), content: page({ tbt: 0 }) });
    expect(row(all(150 + TBT_BUDGET_MS), "mobile: TBT")).toMatchObject({ vsFramework: "+100 ms", budget: "≤ framework floor + 100 ms (250 ms)", pass: true });
    expect(row(all(150 + TBT_BUDGET_MS + 1), "mobile: TBT").pass).toBe(false);
    expect(row(all(0), "desktop: TBT").pass).toBeNull();
  });

  it("holds mobile performance to the framework floor's − 5", () => {
    const all = (performance: number) => rows({ lesson: page({ performance }), framework: page({ performance: 97 }), content: page() });
    expect(row(all(92), "mobile: Lighthouse performance")).toMatchObject({ budget: "≥ framework floor − 5 (92)", pass: true });
    expect(row(all(91), "mobile: Lighthouse performance").pass).toBe(false);
    expect(row(all(50), "desktop: Lighthouse performance").pass).toBeNull();
  });

  it("holds CLS to 0.01 on both presets", () => {
    const all = rows({ lesson: page({ cls: 0.01 }, { cls: 0.011 }), framework: page(), content: page() });
    expect(row(all, "mobile: CLS").pass).toBe(true);
    expect(row(all, "desktop: CLS").pass).toBe(false);
  });

  it("holds accessibility, best practices and SEO to 100 and reports desktop performance without a budget", () => {
    const all = rows({ lesson: page({ performance: 60, seo: 99 }, { performance: 60, bestPractices: 96 }), framework: page(), content: page() });
    expect(row(all, "desktop: Lighthouse performance")).toMatchObject({ lesson: "60", budget: "—", pass: null });
    expect(row(all, "mobile: Lighthouse SEO").pass).toBe(false);
    expect(row(all, "desktop: Lighthouse best practices").pass).toBe(false);
    expect(row(all, "desktop: Lighthouse accessibility").pass).toBe(true);
  });

  it("says when the content floor misses a budget too, and only then", () => {
    const tbt = (content: number) => [row(rows({ lesson: page({ tbt: 300 }), framework: page({ tbt: 0 }), content: page({ tbt: content }) }), "mobile: TBT")];
    expect(table(tbt(150))).toContain("| FAIL (content floor too) |");
    expect(table(tbt(50))).toMatch(/\| FAIL +\|$/m);
    const a11y = row(rows({ lesson: page({ accessibility: 95 }), framework: page({ accessibility: 90 }), content: page() }), "mobile: Lighthouse accessibility");
    expect(verdict(a11y)).toBe("FAIL");
  });
});

describe("the main-thread report", () => {
  it("gives each page's CPU rating, its work by kind (largest first) and its longest tasks", () => {
    const result = (cpu: number): LighthouseResult => ({
      performance: 90, accessibility: 100, bestPractices: 100, seo: 100, fcp: 1, lcp: 1, tbt: 1, cls: 0, cpu,
      failing: [],
      mainThread: { "Script Evaluation": 2400, "Style & Layout": 2800 },
      longTasks: [{ source: "http://127.0.0.1:4511/_next/static/chunks/a.js", duration: 488 }, { source: "http://127.0.0.1:4511/lessons/x/", duration: 461 }],
    });
    const page = (cpu: number) => ({ js: 1, css: 1, html: 1, browserJs: { gzip: 1, count: 1 }, lighthouse: { mobile: result(cpu) } });
    const text = mainThreadReport("mobile", ["lesson", "framework"], { lesson: page(1987), framework: page(2011), content: page(1990) });
    expect(text).toContain("lesson (benchmarkIndex 1987): Style & Layout 2,800 · Script Evaluation 2,400");
    expect(text).toContain("framework (benchmarkIndex 2011)");
    expect(text).not.toContain("content (");
    expect(text).toMatch(/ 488 ms {2}\/_next\/static\/chunks\/a\.js/);
    expect(text).toContain("461 ms  document /lessons/x/");
  });
});

describe("medians", () => {
  it("takes each number's median on its own and keeps every failing audit", () => {
    const run = (fcp: number, lcp: number, failing: string[]): LighthouseResult => ({
      performance: 90,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      fcp,
      lcp,
      tbt: fcp / 10,
      cls: 0,
      cpu: fcp,
      failing,
      mainThread: { "Script Evaluation": fcp, "Style & Layout": lcp },
      longTasks: [{ source: `run-${fcp}.js`, duration: fcp / 2 }],
    });
    expect(medianOf([run(900, 1300, ["seo: a"]), run(700, 1500, []), run(800, 1100, ["seo: b"])])).toMatchObject({
      fcp: 800,
      lcp: 1300,
      cpu: 800,
      failing: ["seo: a", "seo: b"],
      mainThread: { "Script Evaluation": 800, "Style & Layout": 1300 },
      // The long tasks of one real run: the one whose TBT is the median.
      longTasks: [{ source: "run-800.js", duration: 400 }],
    });
  });

  it("reads the main-thread breakdown and the five longest tasks from a Lighthouse report", () => {
    const report = {
      audits: {
        "mainthread-work-breakdown": { details: { items: [{ group: "styleLayout", groupLabel: "Style & Layout", duration: 2800.4 }, { group: "scriptEvaluation", groupLabel: "Script Evaluation", duration: 2400 }] } },
        "long-tasks": { details: { items: [100, 488, 70, 442, 461, 338, 90].map((duration, i) => ({ url: `chunk-${i}.js`, duration })) } },
      },
    };
    expect(mainThreadOf(report as never)).toEqual({ "Style & Layout": 2800, "Script Evaluation": 2400 });
    expect(longTasksOf(report as never).map((t) => t.duration)).toEqual([488, 461, 442, 338, 100]);
    expect(longTasksOf(report as never)[0]?.source).toBe("chunk-1.js");
  });
});

describe("Lighthouse's command line", () => {
  const slowdown = (flags: string[]) => flags.filter((f) => f.startsWith("--throttling.cpuSlowdownMultiplier"));

  it("keeps each preset's own CPU slowdown unless told otherwise", () => {
    expect(slowdown(lighthouseFlags("http://x/", "mobile"))).toEqual([]);
    expect(lighthouseFlags("http://x/", "desktop")).toContain("--preset=desktop");
  });

  it("simulates a slower phone with a larger mobile CPU slowdown, and leaves the desktop preset unthrottled", () => {
    expect(slowdown(lighthouseFlags("http://x/", "mobile", 5.6))).toEqual(["--throttling.cpuSlowdownMultiplier=5.6"]);
    expect(slowdown(lighthouseFlags("http://x/", "desktop", 5.6))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { assetsOf, brotliSize, gzipSize } from "./first-load";
import type { LighthouseResult } from "./lighthouse";
import { JS_BUDGET_BYTES, rows, table, type PageFigures } from "./report";

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
});

describe("compressed sizes", () => {
  it("measures Brotli below gzip on a page whose text repeats far apart, as the RSC payload does", () => {
    const text = Array.from({ length: 4000 }, (_, i) => `sentence ${i * 7919 % 10007} about provisioning`).join(" ");
    const page = new TextEncoder().encode(`<main>${text}</main><script>${JSON.stringify(text)}</script>`);
    expect(brotliSize(page)).toBeLessThan(gzipSize(page) * 0.75);
  });
});

describe("budget rows", () => {
  const page = (js: number): PageFigures => ({ js, css: 1000, html: 2000, browserJs: { gzip: js, count: 3 } });

  it("passes the JS budget up to +45 kB over the floor and fails past it", () => {
    expect(rows(page(100_000 + JS_BUDGET_BYTES), page(100_000))[0]).toMatchObject({ delta: "+45.0 kB", pass: true });
    expect(rows(page(100_001 + JS_BUDGET_BYTES), page(100_000))[0]?.pass).toBe(false);
  });

  it("prints an aligned Markdown table", () => {
    const lines = table(rows(page(150_000), page(100_000))).split("\n");
    expect(lines[0]).toMatch(/^\| +\| lesson +\| floor +\| delta +\| budget +\| +\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe("Lighthouse rows", () => {
  const lh = (over: Partial<LighthouseResult>): LighthouseResult => ({ performance: 100, accessibility: 100, bestPractices: 100, seo: 100, fcp: 400, lcp: 500, tbt: 10, cls: 0, failing: [], ...over });
  const page = (mobile: Partial<LighthouseResult>, desktop: Partial<LighthouseResult>): PageFigures => ({
    js: 1000, css: 0, html: 1000, htmlBrotli: 800, browserJs: { gzip: 1000, count: 1 }, lighthouse: { mobile: lh(mobile), desktop: lh(desktop) },
  });

  it("gives each preset its own rows, with the Brotli HTML size", () => {
    const all = rows(page({}, {}), page({}, {}));
    expect(all.map((r) => r.metric)).toContain("HTML (Brotli, as served)");
    expect(all.filter((r) => r.metric.startsWith("mobile: ")).length).toBe(8);
    expect(all.filter((r) => r.metric.startsWith("desktop: ")).length).toBe(8);
  });

  it("holds LCP to 1.25 × the floor's, per preset", () => {
    const lcp = (lesson: number) => rows(page({ lcp: lesson }, {}), page({ lcp: 800 }, {})).find((r) => r.metric === "mobile: LCP");
    expect(lcp(1000)).toMatchObject({ delta: "×1.25", pass: true });
    expect(lcp(1001)?.pass).toBe(false);
  });

  it("says when the floor misses a score budget too, and only then", () => {
    const perf = (lesson: number, floor: number) => rows(page({}, { performance: lesson }), page({}, { performance: floor })).find((r) => r.metric === "desktop: Lighthouse performance")!;
    expect(table([perf(90, 96)])).toContain("FAIL (floor too)");
    expect(table([perf(90, 99)])).toMatch(/\| FAIL +\|$/m);
    expect(perf(98, 96).pass).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { assetsOf } from "./first-load";
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

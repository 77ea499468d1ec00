import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stripScripts, writeContentFloor } from "./content-floor";

const HEAD = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next">
<link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js">
<LINK REL="modulepreload" HREF="/_next/static/chunks/m.js">
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="/_next/static/chunks/main.js" async=""></script>
<title>Lesson</title></head>`;
const BODY = `<body><main><h1>Provisioning</h1><p>a &lt;script&gt; in text stays</p></main>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"</p><h1>"])</script>
<script type="application/ld+json">{"@type":"Course"}</script><noscript>Turn on JavaScript for the quiz.</noscript></body></html>`;

describe("stripScripts", () => {
  it("removes script elements, inline payload pushes and script preloads, and keeps every other byte", () => {
    const out = stripScripts(HEAD + BODY);
    expect(out).not.toMatch(/<script|modulepreload|as="script"/i);
    const kept = (HEAD + BODY)
      .replace(/<script[^>]*>.*?<\/script>/g, "")
      .replace(/<link rel="preload" as="script"[^>]*>/, "")
      .replace(/<LINK REL="modulepreload"[^>]*>/, "");
    expect(out).toBe(kept);
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next">');
    expect(out).toContain('as="font"');
    expect(out).toContain("<noscript>Turn on JavaScript for the quiz.</noscript>");
  });

  it("leaves a page without scripts as it is", () => {
    const page = "<!DOCTYPE html><html><head><title>t</title></head><body><p>text</p></body></html>";
    expect(stripScripts(page)).toBe(page);
  });
});

describe("writeContentFloor", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("copies the export without any JavaScript, with the page stripped and the rest untouched", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "content-floor-"));
    const out = path.join(dir, "out");
    await mkdir(path.join(out, "lessons/x"), { recursive: true });
    await mkdir(path.join(out, "_next/static/chunks"), { recursive: true });
    await mkdir(path.join(out, "_next/static/css"), { recursive: true });
    await writeFile(path.join(out, "index.html"), "<p>home<script src=/h.js></script></p>");
    await writeFile(path.join(out, "_headers"), "/*\n  X-Frame-Options: DENY\n");
    await writeFile(path.join(out, "lessons/x/index.html"), HEAD + BODY);
    await writeFile(path.join(out, "_next/static/chunks/main.js"), "run()");
    await writeFile(path.join(out, "_next/static/chunks/m.mjs"), "run()");
    await writeFile(path.join(out, "_next/static/css/a.css"), "p{color:red}");

    const dest = path.join(dir, "floor/out");
    await writeContentFloor(out, "/lessons/x/", dest);

    expect(await readFile(path.join(dest, "lessons/x/index.html"), "utf8")).toBe(stripScripts(HEAD + BODY));
    expect(await readFile(path.join(dest, "_headers"), "utf8")).toContain("X-Frame-Options: DENY");
    expect(await readFile(path.join(dest, "_next/static/css/a.css"), "utf8")).toBe("p{color:red}");
    expect(await readdir(path.join(dest, "_next/static/chunks"))).toEqual([]);
    expect(await readFile(path.join(dest, "index.html"), "utf8")).toContain("<p>home");
  });
});

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ASSET_PREFIX as P } from "./package-paths";
import { packageLessons, type PackageResult } from "./package-lessons";

let root: string;
let result: PackageResult;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const PAYLOAD = "payload-0123456789abcdef.json";

async function put(file: string, data: string | Uint8Array) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
}

/** A lesson page as the SCORM build writes it, with whatever the body adds. */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><script src="${P}/_next/static/chunks/app.js" async=""></script><link rel="icon" href="/icon.svg?x"/></head>` +
  `<body>${body}<script>self.__next_f.push([1,"2:[\\"${P}/_next/static/chunks/app.js\\"]"])</script></body></html>`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "scorm-"));
  const site = path.join(root, "site");
  const pub = path.join(root, "public");
  await put(path.join(pub, "lessons/pictured/flow diagram.png"), PNG);
  await put(path.join(pub, "lessons/pictured/handout.pdf"), "%PDF-1.4");
  await put(path.join(pub, "apple-touch-icon.png"), PNG);
  await put(path.join(site, "_next/static/chunks/app.js"), `import("${P}/_next/static/chunks/other.js")`);
  await put(path.join(site, "icon.svg"), "<svg/>");
  await put(path.join(site, "apple-touch-icon.png"), PNG);
  await put(path.join(site, "manifest.webmanifest"), JSON.stringify({ start_url: "/", icons: [{ src: "/icon.svg" }] }));
  await put(
    path.join(site, "lessons/pictured/index.html"),
    page(
      `<figure><img src="/lessons/pictured/flow%20diagram.png" alt="The flow"/></figure><a href="/lessons/pictured/handout.pdf#page=2">Handout</a>` +
        `<p>Write the path as /lessons/pictured/handout.pdf in prose.</p><script>self.__next_f.push([1,"3:{\\"src\\":\\"/lessons/pictured/flow%20diagram.png\\"}"])</script>`,
    ),
  );
  await put(path.join(site, "lessons/links-away/index.html"), page(`<a href="/lessons/pictured/">The other lesson</a>`));
  await put(path.join(site, "lessons/plain/index.html"), page(`<p>No pictures.</p>`));
  // A page whose chunk loader fetches its payload from a file, which names a public image the markup does not.
  await put(path.join(pub, "lessons/fetched/chart.png"), PNG);
  await put(path.join(site, `_next/static/chunks/${PAYLOAD}`), JSON.stringify(['3:{"src":"/lessons/fetched/chart.png"}\n']));
  await put(path.join(site, "lessons/fetched/index.html"), page(`<p>Chart below.</p><script>(function(){var c=["${P}/_next/static/chunks/app.js"];var p="${P}/_next/static/chunks/${PAYLOAD}";})()</script>`));
  await mkdir(path.join(root, "zips"));
  result = await packageLessons({
    site,
    out: path.join(root, "zips"),
    publicDir: pub,
    lessons: [
      { slug: "links-away", title: "Links away", passMark: 70 },
      { slug: "pictured", title: "Pictured", passMark: 80 },
      { slug: "plain", title: "Plain", passMark: 70 },
      { slug: "fetched", title: "Fetched", passMark: 70 },
    ],
  });
});

afterAll(() => rm(root, { recursive: true, force: true }));

const zip = async (name: string) => unzipSync(new Uint8Array(await readFile(path.join(root, "zips", name))));

describe("packageLessons", () => {
  it("packages the public files a page references, at their own paths, under relative URLs", async () => {
    for (const version of ["scorm12", "scorm2004"]) {
      const files = await zip(`pictured-${version}.zip`);
      expect(files["lessons/pictured/flow diagram.png"]).toEqual(PNG);
      expect(new TextDecoder().decode(files["lessons/pictured/handout.pdf"])).toBe("%PDF-1.4");
      const html = new TextDecoder().decode(files["index.html"]);
      expect(html).toContain(`src="./lessons/pictured/flow%20diagram.png"`);
      expect(html).toContain(`href="./lessons/pictured/handout.pdf#page=2"`);
      expect(html).toContain(`\\"src\\":\\"./lessons/pictured/flow%20diagram.png\\"`);
      expect(html, "prose is left alone").toContain("as /lessons/pictured/handout.pdf in prose");
      const manifest = new TextDecoder().decode(files["imsmanifest.xml"]);
      expect(manifest).toContain(`href="lessons/pictured/flow%20diagram.png"`);
    }
  });

  it("packages the payload a page fetches with its URLs relative, and the public files it names", async () => {
    const files = await zip("fetched-scorm2004.zip");
    expect(JSON.parse(new TextDecoder().decode(files[`_next/static/chunks/${PAYLOAD}`]))).toEqual(['3:{"src":"./lessons/fetched/chart.png"}\n']);
    expect(files["lessons/fetched/chart.png"]).toEqual(PNG);
    expect(new TextDecoder().decode(files["index.html"])).toContain(`var p="./_next/static/chunks/${PAYLOAD}"`);
  });

  it("adds no public file a page does not reference", async () => {
    const files = await zip("plain-scorm12.zip");
    expect(Object.keys(files).filter((f) => f.startsWith("lessons/"))).toEqual([]);
  });

  it("reports a lesson that links outside the package by its slug, and still writes the others", () => {
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.slug).toBe("links-away");
    expect(result.failed[0]?.message).toContain(`href="/lessons/pictured/"`);
    expect(result.failed[0]?.message).toContain("expected every file it uses to be in public/");
    expect(existsSync(path.join(root, "zips/links-away-scorm12.zip"))).toBe(false);
    expect(existsSync(path.join(root, "zips/links-away-scorm2004.zip"))).toBe(false);
    expect(result.written.map((f) => path.basename(f)).sort()).toEqual(["fetched-scorm12.zip", "fetched-scorm2004.zip", "pictured-scorm12.zip", "pictured-scorm2004.zip", "plain-scorm12.zip", "plain-scorm2004.zip"]);
  });
});

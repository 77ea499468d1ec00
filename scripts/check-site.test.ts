import { describe, expect, it } from "vitest";
import { afterPaintLoader } from "./lib/scripts-after-paint";
import { boundaryProblems, fileFor, imageProblems, linkProblems, loadPage, metaProblems, readableText, resolveHref, unusedGlossaryTerms, type Page } from "./lib/site-checks";

const ORIGIN = "https://learn.example.com";
const head = `<head><title>T</title><meta name="description" content="D"></head>`;

function site(pagesByFile: Record<string, string>, extraFiles: string[] = []) {
  const pages = new Map<string, Page>(Object.entries(pagesByFile).map(([file, html]) => [file, loadPage(file, html)]));
  const files = new Set([...Object.keys(pagesByFile), ...extraFiles]);
  return { pages, files, problems: (file: string) => linkProblems(pages.get(file)!, files, pages, ORIGIN) };
}

describe("resolving links", () => {
  it("resolves relative, root-relative and same-origin absolute URLs against the page", () => {
    expect(resolveHref("../b/#x", "/lessons/a/", ORIGIN)).toEqual({ internal: true, path: "/lessons/b/", fragment: "x" });
    expect(resolveHref("/", "/lessons/a/", ORIGIN)).toEqual({ internal: true, path: "/", fragment: "" });
    expect(resolveHref(`${ORIGIN}/lessons/a/`, "/", ORIGIN)).toEqual({ internal: true, path: "/lessons/a/", fragment: "" });
    expect(resolveHref("#top%20x", "/", ORIGIN)).toEqual({ internal: true, path: "/", fragment: "top x" });
  });

  it("leaves other origins and schemes alone", () => {
    for (const href of ["https://developer.okta.com/docs/", "mailto:a@b.c", "tel:123"]) expect(resolveHref(href, "/", ORIGIN)).toEqual({ internal: false });
  });

  it("strips the base path the site is hosted under", () => {
    expect(resolveHref("/learn/lessons/a/", "/", ORIGIN, "/learn")).toEqual({ internal: true, path: "/lessons/a/", fragment: "" });
  });

  it("maps directories to index.html and clean URLs to .html", () => {
    const files = new Set(["index.html", "lessons/a/index.html", "404.html", "icon.svg"]);
    expect(fileFor("/", files)).toBe("index.html");
    expect(fileFor("/lessons/a/", files)).toBe("lessons/a/index.html");
    expect(fileFor("/lessons/a", files)).toBe("lessons/a/index.html");
    expect(fileFor("/404", files)).toBe("404.html");
    expect(fileFor("/icon.svg", files)).toBe("icon.svg");
    expect(fileFor("/lessons/b/", files)).toBeUndefined();
  });
});

describe("link problems", () => {
  it("accepts links to existing pages, files and anchors", () => {
    const { problems } = site(
      {
        "index.html": `${head}<a href="/lessons/a/#intro">a</a><img src="/logo.png" alt=""><a href="#main">skip</a><main id="main"></main>`,
        "lessons/a/index.html": `${head}<h2 id="intro">Intro</h2><a href="https://example.org">out</a>`,
      },
      ["logo.png"],
    );
    expect(problems("index.html")).toEqual([]);
  });

  it("reports a missing page and a missing anchor with what was expected", () => {
    const { problems } = site({ "index.html": `${head}<a href="/lessons/gone/">x</a><a href="#nowhere">y</a>` });
    expect(problems("index.html")).toEqual([
      `found <a href> "/lessons/gone/" pointing to /lessons/gone/, expected a file in out/ for it`,
      `found <a href> "#nowhere" with anchor #nowhere, expected an element with id="nowhere" in index.html`,
    ]);
  });

  it("checks the chunks a page loads after its first frame", () => {
    const { problems } = site({ "index.html": `${head}<p>x</p><script>${afterPaintLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/gone.js"])}</script>` }, ["_next/static/chunks/a.js"]);
    expect(problems("index.html")).toEqual([`found <script> chunk loader "/_next/static/chunks/gone.js" pointing to /_next/static/chunks/gone.js, expected a file in out/ for it`]);
  });

  it("checks the payload the chunk loader fetches", () => {
    const loader = afterPaintLoader(["/_next/static/chunks/a.js"], "/_next/static/chunks/payload-0.json");
    const { problems } = site({ "index.html": `${head}<p>x</p><script>${loader}</script>` }, ["_next/static/chunks/a.js"]);
    expect(problems("index.html")).toEqual([`found <script> chunk loader's payload "/_next/static/chunks/payload-0.json" pointing to /_next/static/chunks/payload-0.json, expected a file in out/ for it`]);
  });

  it("checks og:image and canonical URLs on the deployed origin", () => {
    const { problems } = site({ "index.html": `<head><link rel="canonical" href="${ORIGIN}/"><meta property="og:image" content="${ORIGIN}/card.png"></head>` });
    expect(problems("index.html")).toEqual([`found <meta og:image> "${ORIGIN}/card.png" pointing to /card.png, expected a file in out/ for it`]);
  });
});

describe("page problems", () => {
  it("wants a title and a description", () => {
    expect(metaProblems(loadPage("index.html", `${head}<p>x</p>`))).toEqual([]);
    expect(metaProblems(loadPage("index.html", `<head><title> </title></head>`))).toEqual([
      "found no <title> text, expected a page title",
      `found no <meta name="description">, expected a description of the page`,
    ]);
  });

  it("wants alt on every image, empty alt being fine for decoration", () => {
    expect(imageProblems(loadPage("index.html", `<img src="a.png" alt=""><img src="b.png">`))).toEqual([
      `found <img src="b.png"> without alt, expected alt text (or alt="" if it is decorative)`,
    ]);
  });
});

describe("glossary use", () => {
  const page = loadPage(
    "lessons/a/index.html",
    `<body><p>Okta sends a request to the SCIM server.</p><script>var JOIN = "Group Push"</script>
     <section id="glossary"><dt>Group Push</dt><dt>SCIM 2.0</dt><dt>OIN</dt></section></body>`,
  );
  const glossary = [
    { term: "SCIM 2.0", aliases: ["scim"] },
    { term: "Group Push", aliases: [] },
    { term: "OIN (Okta Integration Network)", aliases: ["OIN"] },
  ];

  it("reads the body text outside the glossary and scripts", () => {
    expect(readableText(page).trim()).toBe("Okta sends a request to the SCIM server.");
  });

  it("reports terms used by neither their name nor an alias, matching whole words case-insensitively", () => {
    expect(unusedGlossaryTerms(readableText(page), glossary)).toEqual([
      `found glossary term "Group Push" defined but never used in the lesson text, expected the lesson to use it or the glossary to drop it`,
      `found glossary term "OIN (Okta Integration Network)" (aliases: OIN) defined but never used in the lesson text, expected the lesson to use it or the glossary to drop it`,
    ]);
  });
  it("finds a term at the end of one block, next to the text of the following one", () => {
    const options = loadPage("lessons/b/index.html", `<body><label><span>c.</span> Creating the profile in Universal Directory</label><label><span>d.</span> Something else</label></body>`);
    expect(unusedGlossaryTerms(readableText(options), [{ term: "Universal Directory", aliases: [] }])).toEqual([]);
  });
});

describe("content in place", () => {
  it("passes a page whose boundaries are complete and names the ones streamed or left to the browser", () => {
    expect(boundaryProblems("<main><!--$--><p>Read me</p><!--/$--></main>")).toEqual([]);
    expect(boundaryProblems('<main><!--$?--><template id="B:0"></template><!--/$--><!--$!--><template></template><!--/$--></main>')).toEqual([
      "found 1 Suspense boundary streamed after the markup (<!--$?-->), expected each one's content in place (scripts/finish-pages.ts puts it there)",
      "found 1 Suspense boundary left to the browser to render (<!--$!-->), expected each one rendered at build time",
    ]);
  });
});

/**
 * The checks behind `npm run check-site`, as pure functions of parsed pages, so each one is
 * unit-tested on a few lines of HTML. Every problem reads `what was found, what was expected`.
 */
import { attr, elements, parseHtml, textOf, type Element } from "./html";
import { loadedBy } from "./scripts-after-paint";

export interface Page {
  /** The file under out/, e.g. `lessons/x/index.html`. */
  file: string;
  /** The URL path it is served at, without the base path, e.g. `/lessons/x/`. */
  route: string;
  elements: Element[];
}

export function loadPage(file: string, html: string): Page {
  const route = file === "index.html" ? "/" : file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
  return { file, route, elements: elements(parseHtml(html)) };
}

/** Where a URL in a page points: into out/ (path + fragment), or somewhere we do not check. */
export type Target = { internal: true; path: string; fragment: string } | { internal: false };

const PAGE_BASE = "http://site.invalid";

/**
 * Resolves `href` as the browser would from `route`. Absolute URLs on the deployed origin count as
 * internal (canonical and og:url must exist too); other schemes and origins are not ours to check.
 */
export function resolveHref(href: string, route: string, siteOrigin: string, basePath = ""): Target {
  let url: URL;
  try {
    url = new URL(href, PAGE_BASE + basePath + route);
  } catch {
    return { internal: true, path: href, fragment: "" };
  }
  let path: string;
  if (url.origin === PAGE_BASE) path = url.pathname;
  else if (`${url.origin}${url.pathname}`.startsWith(siteOrigin + basePath + "/")) path = url.pathname;
  else return { internal: false };
  if (basePath && path.startsWith(basePath + "/")) path = path.slice(basePath.length);
  return { internal: true, path: decodeURIComponent(path), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The file a static host serves for a path: directories → index.html, clean URLs → .html. */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const rel = path.replace(/^\//, "");
  const candidates = path.endsWith("/") ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
  return candidates.find((c) => files.has(c));
}

/** Every URL a page links to or loads, with what holds it (for the message). */
export function urlsOf(page: Page): { url: string; via: string }[] {
  const found: { url: string; via: string }[] = [];
  for (const el of page.elements) {
    for (const name of ["href", "src"]) {
      const value = attr(el, name);
      // <base href> aside, every href/src on a, link, img, script, source… is a reference.
      if (value !== undefined && el.tagName !== "base") found.push({ url: value, via: `<${el.tagName} ${name}>` });
    }
    const loads = loadedBy(el);
    for (const chunk of loads.chunks) found.push({ url: chunk, via: "<script> chunk loader" });
    if (loads.payload) found.push({ url: loads.payload, via: "<script> chunk loader's payload" });
    if (el.tagName === "meta" && /^(og|twitter):(url|image)$/.test(attr(el, "property") ?? attr(el, "name") ?? "")) {
      found.push({ url: attr(el, "content") ?? "", via: `<meta ${attr(el, "property") ?? attr(el, "name")}>` });
    }
  }
  return found;
}

export function idsOf(page: Page): Set<string> {
  const ids = new Set<string>();
  for (const el of page.elements) {
    const id = attr(el, "id") ?? (el.tagName === "a" ? attr(el, "name") : undefined);
    if (id) ids.add(id);
  }
  return ids;
}

/** Broken links and anchors of one page, given every file in out/ and the pages by file. */
export function linkProblems(page: Page, files: ReadonlySet<string>, pages: ReadonlyMap<string, Page>, siteOrigin: string, basePath = ""): string[] {
  const problems: string[] = [];
  for (const { url, via } of urlsOf(page)) {
    const target = resolveHref(url, page.route, siteOrigin, basePath);
    if (!target.internal) continue;
    const file = fileFor(target.path, files);
    if (!file) {
      problems.push(`found ${via} "${url}" pointing to ${target.path}, expected a file in out/ for it`);
      continue;
    }
    const targetPage = pages.get(file);
    if (target.fragment && targetPage && !idsOf(targetPage).has(target.fragment)) {
      problems.push(`found ${via} "${url}" with anchor #${target.fragment}, expected an element with id="${target.fragment}" in ${file}`);
    }
  }
  return problems;
}

export function metaProblems(page: Page): string[] {
  const problems: string[] = [];
  const title = page.elements.find((el) => el.tagName === "title");
  if (!title || !textOf(title).trim()) problems.push("found no <title> text, expected a page title");
  const description = page.elements.find((el) => el.tagName === "meta" && attr(el, "name") === "description");
  if (!description || !(attr(description, "content") ?? "").trim()) problems.push(`found no <meta name="description">, expected a description of the page`);
  return problems;
}

/**
 * Suspense boundaries whose content is not where they stand: one React streamed out of order
 * (`<!--$?-->`, put in place by the build, scripts/finish-pages.ts) or left to the browser because
 * it failed at build time (`<!--$!-->`). Readers without JavaScript would miss that content.
 */
export function boundaryProblems(html: string): string[] {
  const problems: string[] = [];
  const pending = html.split("<!--$?-->").length - 1;
  const clientRendered = html.split("<!--$!-->").length - 1;
  if (pending > 0) problems.push(`found ${pending} Suspense boundar${pending === 1 ? "y" : "ies"} streamed after the markup (<!--$?-->), expected each one's content in place (scripts/finish-pages.ts puts it there)`);
  if (clientRendered > 0) problems.push(`found ${clientRendered} Suspense boundar${clientRendered === 1 ? "y" : "ies"} left to the browser to render (<!--$!-->), expected each one rendered at build time`);
  return problems;
}

export function imageProblems(page: Page): string[] {
  return page.elements
    .filter((el) => el.tagName === "img" && attr(el, "alt") === undefined)
    .map((el) => `found <img src="${attr(el, "src") ?? ""}"> without alt, expected alt text (or alt="" if it is decorative)`);
}

const NOT_READ = new Set(["script", "style", "template", "noscript", "head"]);

/** The text a reader sees in the page body, without the glossary section that defines the terms. */
export function readableText(page: Page, glossaryId = "glossary"): string {
  const root = page.elements.find((el) => el.tagName === "body");
  if (!root) return "";
  return textOf(root, (el) => NOT_READ.has(el.tagName) || attr(el, "id") === glossaryId).replace(/\s+/g, " ");
}

function mentions(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Letters or digits may not touch the phrase, so "OIN" is not found inside "JOIN".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** Glossary terms that neither their name nor any alias is used for in the lesson's text. */
export function unusedGlossaryTerms(text: string, glossary: readonly { term: string; aliases: readonly string[] }[]): string[] {
  return glossary
    .filter((entry) => ![entry.term, ...entry.aliases].some((phrase) => mentions(text, phrase)))
    .map((entry) => `found glossary term "${entry.term}"${entry.aliases.length ? ` (aliases: ${entry.aliases.join(", ")})` : ""} defined but never used in the lesson text, expected the lesson to use it or the glossary to drop it`);
}

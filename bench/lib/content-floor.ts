/**
 * The content floor: the lesson's own built page with every script removed — script elements (the
 * inline RSC payload pushes too) and script preloads — and everything else kept byte for byte: its
 * markup, stylesheets, fonts and images. It is the fastest this page's content can paint as built,
 * so the lesson's paint times are reported as ratios to it.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "parse5";
import { attr, elements, type Element } from "../../scripts/lib/html";
import { assetsOf } from "./first-load";

function isScript(el: Element): boolean {
  if (el.tagName === "script") return true;
  if (el.tagName !== "link") return false;
  const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && attr(el, "as")?.toLowerCase() === "script");
}

/**
 * `html` without its scripts. Cuts each element's source range out of the original text rather than
 * re-serialising the parsed tree, so that every byte the browser does get is the one the lesson sends.
 */
export function stripScripts(html: string): string {
  const ranges = elements(parse(html, { sourceCodeLocationInfo: true }))
    .filter(isScript)
    .map((el) => {
      const at = el.sourceCodeLocation;
      if (!at) throw new Error(`<${el.tagName}> without a source location: parse5 was not asked for one`);
      return [at.startOffset, at.endOffset] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [start, end] of ranges) {
    out += html.slice(from, start);
    from = Math.max(from, end);
  }
  out += html.slice(from);
  const left = elements(parse(out)).filter(isScript).length + assetsOf(out).filter((a) => a.kind === "js").length;
  if (left > 0) throw new Error(`${left} script reference(s) survived stripping; the content floor would run JavaScript`);
  return out;
}

/**
 * Writes the content floor as a copy of the export folder `outDir` at `destDir` without any .js file
 * (a reference the strip missed then fails loudly as a 404 in Lighthouse's console audit instead of
 * running), with the page at `route` replaced by its stripped HTML. Same `_headers`, same assets,
 * so scripts/serve-out.mjs serves it exactly as it serves the lesson.
 */
export async function writeContentFloor(outDir: string, route: string, destDir: string): Promise<void> {
  await rm(destDir, { recursive: true, force: true });
  await mkdir(path.dirname(destDir), { recursive: true });
  await cp(outDir, destDir, { recursive: true, filter: (source) => !/\.m?js$/.test(source) });
  const page = path.join(route, "index.html");
  await writeFile(path.join(destDir, page), stripScripts(await readFile(path.join(outDir, page), "utf8")));
}

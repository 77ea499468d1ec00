/**
 * What a page makes the browser download on first load, read from its HTML: <script src>,
 * the chunks and the payload its after-paint loader adds (scripts/lib/scripts-after-paint.ts), stylesheets and
 * (module)preloaded scripts, each gzipped at level 9 (the JS budget's measure); the HTML
 * also as Brotli, which is what the bench's server and real CDNs send to Chromium.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { attr, elements, parseHtml } from "../../scripts/lib/html";
import { loadedBy } from "../../scripts/lib/scripts-after-paint";

/** What a page loads: scripts, stylesheets, and the RSC payload its chunk loader fetches after the first frame. */
type Kind = "js" | "css" | "payload";

export interface FirstLoad {
  /** Gzipped bytes by kind. */
  js: number;
  css: number;
  payload: number;
  html: number;
  /** The HTML as Brotli (quality 11, text mode), as a CDN serves it to browsers that accept br. */
  htmlBrotli: number;
  files: { url: string; kind: Kind; gzip: number }[];
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export const brotliSize = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length;

/** The same-origin scripts and stylesheets an HTML page references, in document order. */
export function assetsOf(html: string): { url: string; kind: Kind }[] {
  const found = new Map<string, Kind>();
  for (const el of elements(parseHtml(html))) {
    const rel = (attr(el, "rel") ?? "").split(/\s+/);
    if (el.tagName === "script" && attr(el, "src") && attr(el, "nomodule") === undefined) found.set(attr(el, "src")!, "js");
    else if (el.tagName === "script") {
      const loads = loadedBy(el);
      for (const chunk of loads.chunks) found.set(chunk, "js");
      if (loads.payload) found.set(loads.payload, "payload");
    } else if (el.tagName === "link" && rel.includes("stylesheet")) found.set(attr(el, "href")!, "css");
    else if (el.tagName === "link" && (rel.includes("modulepreload") || (rel.includes("preload") && attr(el, "as") === "script"))) found.set(attr(el, "href")!, "js");
  }
  return [...found].filter(([url]) => url.startsWith("/")).map(([url, kind]) => ({ url, kind }));
}

/** First-load bytes of the page at `route` in the export folder `outDir`. */
export async function firstLoad(outDir: string, route: string): Promise<FirstLoad> {
  const html = await readFile(path.join(outDir, route, "index.html"));
  const files = await Promise.all(
    assetsOf(html.toString("utf8")).map(async ({ url, kind }) => ({ url, kind, gzip: gzipSize(await readFile(path.join(outDir, url.split("?")[0]!))) })),
  );
  const sum = (kind: Kind) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { js: sum("js"), css: sum("css"), payload: sum("payload"), html: gzipSize(html), htmlBrotli: brotliSize(html), files };
}

/**
 * A build step (scripts/next-adapter.mjs runs it when `next build` has written the export, before
 * the security headers hash each page's inline scripts). Each page, read and written once:
 * 1. every Suspense boundary React streamed out of order is put in its place, so the page reads
 *    whole without JavaScript (scripts/lib/boundaries-in-place.ts);
 * 2. the static markup of the lesson's blocks is marked static in the page's payload, so the
 *    browser neither decodes nor hydrates it element by element (scripts/lib/static-islands.ts);
 * 3. Next's chunks, and the page's payload from a file of its own, load after the page's text is
 *    painted (scripts/lib/scripts-after-paint.ts).
 * Usage: tsx scripts/finish-pages.ts [outDir]
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { boundariesInPlace } from "./lib/boundaries-in-place";
import { loadScriptsAfterPaint } from "./lib/scripts-after-paint";
import { staticIslands } from "./lib/static-islands";

const outDir = path.resolve(process.argv[2] ?? "out");
const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
const pages = entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => path.join(e.parentPath, e.name));

/** Where a URL under `_next/` points in the export: its path from `_next/`, whatever base path or asset prefix is in front of it. */
function chunkPath(url: string): string {
  const at = url.indexOf("/_next/");
  if (at < 0) throw new Error(`found the chunk "${url}" outside /_next/, expected Next's chunks there`);
  return url.slice(at + 1);
}

let boundaries = 0;
let islands = 0;
let afterPaint = 0;
let payloads = 0;
for (const page of pages) {
  const original = await readFile(page, "utf8");
  let html = original;
  try {
    const inPlace = boundariesInPlace(html);
    const marked = staticIslands(inPlace.html);
    const scripts = loadScriptsAfterPaint(marked.html);
    html = scripts.html;
    if (scripts.payload) {
      const file = path.join(outDir, chunkPath(scripts.payload.url));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, scripts.payload.json);
      payloads++;
    }
    boundaries += inPlace.boundaries;
    islands += marked.islands;
    if (scripts.chunks.length > 0) afterPaint++;
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), page)}: ${(error as Error).message}`, { cause: error });
  }
  if (html !== original) await writeFile(page, html);
}
const where = path.relative(process.cwd(), outDir) || ".";

console.log(`finish pages: ${boundaries} streamed boundaries put in place; ${islands} elements marked static; ${afterPaint} of ${pages.length} pages load Next's chunks after their first frame, ${payloads} with their payload from a file → ${where}`);

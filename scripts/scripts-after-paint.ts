/**
 * A build step (scripts/next-adapter.mjs runs it when `next build` has written the export, before
 * the security headers hash each page's inline scripts): every page loads Next's chunks after its
 * text is painted (scripts/lib/scripts-after-paint.ts says how and why).
 * Usage: tsx scripts/scripts-after-paint.ts [outDir]
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadScriptsAfterPaint } from "./lib/scripts-after-paint";

const outDir = path.resolve(process.argv[2] ?? "out");
const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
const pages = entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => path.join(e.parentPath, e.name));

let changed = 0;
for (const page of pages) {
  const result = loadScriptsAfterPaint(await readFile(page, "utf8"));
  if (result.chunks.length === 0) continue;
  await writeFile(page, result.html);
  changed++;
}
console.log(`scripts after paint: ${changed} of ${pages.length} pages load Next's chunks after their first frame → ${path.relative(process.cwd(), outDir) || "."}`);

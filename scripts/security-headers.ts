/**
 * The build's last step (scripts/next-adapter.mjs runs it when `next build` has written the export):
 * hashes every inline script of every page in out/ and writes out/_headers and
 * out/nginx-security-headers.conf with a strict CSP per page, plus the Content-Type of the
 * extension-less metadata images.
 * Usage: tsx scripts/security-headers.ts [outDir]
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { lacksExtension, sniffImageType } from "./lib/content-types";
import { pageScriptHashes } from "./lib/csp";
import { renderHeadersFile, renderNginxConf, routeFor, type PageRule, type TypedFile } from "./lib/header-files";

const outDir = path.resolve(process.argv[2] ?? "out");
// The same normalisation as next.config.ts, so the rules name the URLs the pages are served at.
const basePath = process.env.BASE_PATH?.replace(/\/$/, "") ?? "";

const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
const files = entries
  .filter((e) => e.isFile())
  .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
  .sort();

const pages: PageRule[] = await Promise.all(
  files
    .filter((f) => f.endsWith(".html"))
    .map(async (file) => ({ file, route: routeFor(file, basePath), scriptHashes: pageScriptHashes(await readFile(path.join(outDir, file), "utf8")) })),
);
const typed: TypedFile[] = [];
for (const file of files.filter(lacksExtension)) {
  const contentType = sniffImageType(await readFile(path.join(outDir, file)));
  if (contentType) typed.push({ route: `${basePath}/${file}`, contentType });
}

await writeFile(path.join(outDir, "_headers"), renderHeadersFile(pages, typed, basePath));
await writeFile(path.join(outDir, "nginx-security-headers.conf"), renderNginxConf(pages, typed));
const hashes = new Set(pages.flatMap((p) => p.scriptHashes)).size;
const shown = path.relative(process.cwd(), outDir) || ".";
console.log(`security headers: ${pages.length} pages, ${hashes} inline script hashes, ${typed.length} typed images → ${shown}/_headers, ${shown}/nginx-security-headers.conf`);

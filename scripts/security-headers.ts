/**
 * Postbuild step (`npm run build` runs it after `next build`): hashes every inline script of every
 * page in out/ and writes out/_headers and out/nginx-security-headers.conf with a strict CSP per page.
 * Usage: tsx scripts/security-headers.ts [outDir]
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pageScriptHashes } from "./lib/csp";
import { renderHeadersFile, renderNginxConf, routeFor, type PageRule } from "./lib/header-files";

const outDir = path.resolve(process.argv[2] ?? "out");
// The same normalisation as next.config.ts, so the rules name the URLs the pages are served at.
const basePath = process.env.BASE_PATH?.replace(/\/$/, "") ?? "";

const files = (await readdir(outDir, { recursive: true }))
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.split(path.sep).join("/"))
  .sort();
const pages: PageRule[] = await Promise.all(
  files.map(async (file) => ({
    file,
    route: routeFor(file, basePath),
    scriptHashes: pageScriptHashes(await readFile(path.join(outDir, file), "utf8")),
  })),
);

await writeFile(path.join(outDir, "_headers"), renderHeadersFile(pages, basePath));
await writeFile(path.join(outDir, "nginx-security-headers.conf"), renderNginxConf(pages));
console.log(`security headers: ${pages.length} pages, ${new Set(pages.flatMap((p) => p.scriptHashes)).size} inline script hashes → out/_headers, out/nginx-security-headers.conf`);

#!/usr/bin/env node
/**
 * Serves the static export in out/ on localhost, as a static host would: clean URLs with trailing
 * slashes, 404.html for unknown paths, and the response headers from out/_headers (the same file
 * Netlify/Cloudflare Pages read), so the end-to-end suite runs under the production CSP.
 * Usage: node scripts/serve-out.mjs [port] [dir]
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import handler from "serve-handler";

const port = Number(process.argv[2] ?? 3000);
const dir = path.resolve(process.argv[3] ?? "out");
if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`${dir} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

/**
 * `_headers`: a path pattern line, then indented `Name: value` lines. serve-handler matches rules
 * against the file it serves (`/lessons/x/index.html`), so `/*`-style patterns become globs and
 * exact page paths (`/lessons/x/`) name their index.html. Later rules override earlier ones for the
 * same header, which is why the generated file puts the catch-all first and per-page rules after it.
 */
function toServeSource(pattern) {
  if (pattern === "/*") return "**";
  if (pattern.endsWith("/*")) return pattern.replace(/\/\*$/, "/**");
  if (pattern.endsWith("/")) return `${pattern}index.html`;
  return pattern;
}

function parseHeaders(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ source: toServeSource(line.trim()), headers: [] });
    else {
      const i = line.indexOf(":");
      rules.at(-1)?.headers.push({ key: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
    }
  }
  return rules;
}

const config = {
  public: dir,
  cleanUrls: true,
  trailingSlash: true,
  headers: parseHeaders(path.join(dir, "_headers")),
};

/**
 * Next writes metadata images without an extension (`/lessons/x/opengraph-image`); a static host
 * serves such a file as it is, where serve-handler would redirect it to a `…/` directory URL.
 */
function isExtensionlessFile(url) {
  const pathname = decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname);
  if (pathname.endsWith("/") || path.extname(pathname)) return false;
  const file = path.join(dir, pathname);
  return file.startsWith(dir + path.sep) && !!statSync(file, { throwIfNoEntry: false })?.isFile();
}

http
  .createServer((req, res) => handler(req, res, isExtensionlessFile(req.url) ? { ...config, trailingSlash: undefined } : config))
  .listen(port, "127.0.0.1", () => console.log(`Serving ${path.relative(process.cwd(), dir) || dir} at http://127.0.0.1:${port}/`));

#!/usr/bin/env node
/**
 * Serves the static export in out/ on localhost, as a static host would: clean URLs with trailing
 * slashes, 404.html for unknown paths, and the response headers from out/_headers (the same file
 * Netlify/Cloudflare Pages read), so the end-to-end suite runs under the production CSP. The headers
 * are always those of the build on disk: a rebuild while it runs needs no restart.
 * Usage: node scripts/serve-out.mjs [--port N | N] [--dir DIR | DIR] [--compress]
 *   --compress compresses text responses as a CDN does: Brotli for browsers that accept it, gzip
 *   otherwise (the bench uses it, so that Lighthouse's simulated network sees production-sized
 *   transfers); the end-to-end suite serves files as they are.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import path from "node:path";
import { parseArgs } from "node:util";
import handler from "serve-handler";

/** A number is the port and anything else the folder, so `npm run serve -- 3918` and `-- --port 3918` both work. */
function readArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { port: { type: "string", short: "p" }, dir: { type: "string" }, compress: { type: "boolean" } },
    allowPositionals: true,
  });
  const numbers = positionals.filter((a) => /^\d+$/.test(a));
  const folders = positionals.filter((a) => !/^\d+$/.test(a));
  // npm scripts put their own default port first; a port the user adds after `--` comes last and wins.
  const port = Number(values.port ?? numbers.at(-1) ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`serve-out: found the port "${values.port ?? numbers.at(-1)}", expected a number from 1 to 65535, e.g. --port 3918`);
    process.exit(1);
  }
  return { port, dir: path.resolve(values.dir ?? folders.at(-1) ?? "out"), compress: values.compress === true };
}

let args;
try {
  args = readArgs(process.argv.slice(2));
} catch (error) {
  console.error(`serve-out: ${error.message}. Usage: node scripts/serve-out.mjs [--port N] [--dir out] [--compress]`);
  process.exit(1);
}
const { port, dir, compress } = args;
if (!existsSync(path.join(dir, "index.html"))) {
  const build = path.basename(dir) === "out-fixtures" ? "npm run build:fixtures" : "npm run build";
  console.error(`${dir} has no index.html: run \`${build}\` first.`);
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

function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ source: toServeSource(line.trim()), headers: [] });
    else {
      const i = line.indexOf(":");
      rules.at(-1)?.headers.push({ key: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
    }
  }
  return rules;
}

const headersFile = path.join(dir, "_headers");
let headersText = null;
let config;

/**
 * The serving rules, with the headers of the build now on disk: a rebuild while the server runs
 * writes a new `_headers` (a new CSP with the new inline scripts' hashes), and serving the old one
 * would make the browser block the new page's scripts. The file is small, so it is read on every
 * request and parsed again whenever it changed.
 */
function currentConfig() {
  const text = existsSync(headersFile) ? readFileSync(headersFile, "utf8") : "";
  if (text !== headersText) {
    if (headersText !== null) console.log(`Re-read ${path.relative(process.cwd(), headersFile) || headersFile}: serving the headers of the current build`);
    headersText = text;
    config = { public: dir, cleanUrls: true, trailingSlash: true, headers: parseHeaders(text) };
  }
  return config;
}
currentConfig();

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

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** The encoding a CDN would pick for this request: Brotli when accepted, else gzip, else none. */
function encodingFor(req) {
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (/\bbr\b/.test(accepted)) return "br";
  if (/\bgzip\b/.test(accepted)) return "gzip";
  return undefined;
}

/** Compressed bodies by encoding and content hash: a CDN compresses a static file once and keeps it. */
const compressedBodies = new Map();

function compressed(body, encoding) {
  const key = `${encoding}:${createHash("sha256").update(body).digest("hex")}`;
  let out = compressedBodies.get(key);
  if (!out) {
    out =
      encoding === "br"
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : zlib.gzipSync(body, { level: 9 });
    compressedBodies.set(key, out);
  }
  return out;
}

/**
 * With --compress, sends a full (200) text response compressed with Brotli (quality 11, as CDNs use
 * for static files) or gzip (level 9). Each distinct body is compressed once and then served from
 * memory, as a CDN serves from its cache: compressing the lesson page at quality 11 takes this
 * machine about a second, which Lighthouse would otherwise count as the server's response time on
 * every run. serve-handler pipes files into the response, so write/end collect the body and end
 * sends it compressed; write always reports success, the body being held in memory.
 */
function withCompression(req, res) {
  const encoding = compress && req.method !== "HEAD" ? encodingFor(req) : undefined;
  if (!encoding) return res;
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers = {}) => {
    if (status === 200 && COMPRESSIBLE.test(String(headers["Content-Type"] ?? ""))) {
      delete headers["Content-Length"];
      headers["Content-Encoding"] = encoding;
      headers["Vary"] = "Accept-Encoding";
      const chunks = [];
      const end = res.end.bind(res);
      const collect = (chunk, chunkEncoding) => {
        if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof chunkEncoding === "string" ? chunkEncoding : "utf8"));
      };
      res.write = (chunk, chunkEncoding, callback) => {
        collect(chunk, chunkEncoding);
        (typeof chunkEncoding === "function" ? chunkEncoding : callback)?.();
        return true;
      };
      res.end = (chunk, chunkEncoding, callback) => {
        if (typeof chunk === "function") return end(compressed(Buffer.concat(chunks), encoding), chunk);
        collect(chunk, chunkEncoding);
        return end(compressed(Buffer.concat(chunks), encoding), typeof chunkEncoding === "function" ? chunkEncoding : callback);
      };
    }
    return writeHead(status, headers);
  };
  return res;
}

http
  .createServer((req, res) => {
    const config = currentConfig();
    return handler(req, withCompression(req, res), isExtensionlessFile(req.url) ? { ...config, trailingSlash: undefined } : config);
  })
  .listen(port, "127.0.0.1", () => console.log(`Serving ${path.relative(process.cwd(), dir) || dir} at http://127.0.0.1:${port}/`));

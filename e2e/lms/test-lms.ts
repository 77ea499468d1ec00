/**
 * The test LMS's server side, as Playwright routes on an origin of its own (http://lms.test): it
 * unzips a SCORM package, serves its files under a nested path as Moodle does
 * (/pluginfile.php/<context>/mod_scorm/content/<revision>/…), serves the course player page
 * (player.html with scorm-again) and records every request, so a test can tell whether any left
 * the package. Anything else answers 404.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { unzipSync } from "fflate";

export const LMS_ORIGIN = "http://lms.test";
export const PACKAGE_BASE = "/pluginfile.php/123/mod_scorm/content/4/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
  ".xml": "application/xml",
  ".xsd": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface ScormPackage {
  version: "1.2" | "2004";
  files: Record<string, Uint8Array>;
  manifest: string;
  /** The SCO's launch page, relative to the package root, as the manifest names it. */
  launch: string;
  /** The mastery score the manifest sets, in percent. */
  mastery: number;
}

export function readPackage(zipPath: string): ScormPackage {
  const files = unzipSync(readFileSync(zipPath));
  const manifestFile = files["imsmanifest.xml"];
  if (!manifestFile) throw new Error(`${zipPath}: no imsmanifest.xml at the root`);
  const manifest = new TextDecoder().decode(manifestFile);
  const version = /<schemaversion>1\.2<\/schemaversion>/.test(manifest) ? "1.2" : "2004";
  const sco = manifest.match(/<resource\b[^>]*\badlcp:scorm[tT]ype="sco"[^>]*>/)?.[0];
  const launch = sco?.match(/\bhref="([^"]+)"/)?.[1];
  if (!launch) throw new Error(`${zipPath}: no SCO resource with an href in imsmanifest.xml`);
  const mastery =
    version === "1.2"
      ? Number(manifest.match(/<adlcp:masteryscore>([\d.]+)</)?.[1])
      : Math.round(100 * Number(manifest.match(/<imsss:minNormalizedMeasure>([\d.]+)</)?.[1]));
  return { version, files, manifest, launch: decodeURI(launch), mastery };
}

/** Serves the package and the player on the page's routes; returns every URL the page requested and those that failed. */
export async function installTestLms(page: Page, pkg: ScormPackage): Promise<{ requests: string[]; missing: string[]; playerUrl: string }> {
  const requests: string[] = [];
  const missing: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  const lmsFiles: Record<string, string> = {
    "/mod/scorm/player.html": path.join(import.meta.dirname, "player.html"),
    "/lms/player.js": path.join(import.meta.dirname, "player.js"),
    "/lms/scorm-runtime.js": path.resolve("node_modules/scorm-again/dist/scorm-again.min.js"),
  };
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS_ORIGIN) return route.abort("blockedbyclient");
    const file = lmsFiles[url.pathname];
    if (file) return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] });
    if (url.pathname.startsWith(PACKAGE_BASE)) {
      const name = decodeURIComponent(url.pathname.slice(PACKAGE_BASE.length));
      const data = pkg.files[name];
      if (data) return route.fulfill({ body: Buffer.from(data), contentType: TYPES[path.extname(name)] ?? "application/octet-stream" });
    }
    // The browser asks the top page's origin for a favicon by itself; that is not the package's doing.
    if (url.pathname === "/favicon.ico") return route.fulfill({ status: 204 });
    return route.fulfill({ status: 404, body: "not found" });
  });
  const query = new URLSearchParams({ version: pkg.version, launch: PACKAGE_BASE + pkg.launch, mastery: String(pkg.mastery) });
  return { requests, missing, playerUrl: `${LMS_ORIGIN}/mod/scorm/player.html?${query}` };
}

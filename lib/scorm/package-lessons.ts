/**
 * Writes a SCORM 1.2 and a SCORM 2004 zip for each lesson of a SCORM build of the site (Node
 * only; `npm run export:scorm` calls it after the build): the lesson page as the package's
 * index.html, every asset beside it under relative URLs (./package-paths.ts), every file of
 * public/ the page references (images, handouts) at its own path, an imsmanifest.xml validated
 * against ADL's schemas, and those schemas. A lesson that cannot be packaged is reported by its
 * slug and the others are still written.
 */
import { statSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { buildManifest, SCORM_VERSIONS, type ScormVersion } from "./manifest";
import { packagePublicFiles, relativizeAssets, relativizePage, relativizeWebManifest, ROOT_FILES, urlsLeavingPackage } from "./package-paths";
import { SCHEMA_DIRS, schemaFiles, validateManifest } from "./validate-manifest";

export const ZIP_NAME: Record<ScormVersion, string> = { "1.2": "scorm12", "2004": "scorm2004" };
const TEXT = /\.(js|css|html|json|txt|svg|map)$/;
/** The payload file a page's chunk loader fetches (scripts/lib/scripts-after-paint.ts), once the page's URLs are relative. */
const PAYLOAD_FILE = /var p="\.\/(_next\/static\/chunks\/payload-[0-9a-f]+\.json)"/;

export interface PackagedLesson {
  slug: string;
  title: string;
  /** The pass mark in percent. */
  passMark: number;
}

export interface PackageOptions {
  /** The SCORM build of the site (out-scorm/site/). */
  site: string;
  /** Where the zips go. */
  out: string;
  /** The folder whose files the site serves from its root (public/). */
  publicDir: string;
  lessons: readonly PackagedLesson[];
  log?: (line: string) => void;
}

export interface PackageResult {
  /** The zips written, relative to the working folder. */
  written: string[];
  /** The lessons that could not be packaged, each with what was wrong. */
  failed: { slug: string; message: string }[];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

function isFileIn(dir: string): (file: string) => boolean {
  return (file) => {
    try {
      return statSync(path.join(dir, file)).isFile();
    } catch {
      return false;
    }
  };
}

/** The SCO's files, shared by both versions: the page, _next/static, the root files and the public files it references. */
export async function scoFiles(site: string, publicDir: string, slug: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const { html: page, files: referenced } = packagePublicFiles(relativizePage(await readFile(path.join(site, "lessons", slug, "index.html"), "utf8")), isFileIn(publicDir));
  // The page's RSC payload, in a file its chunk loader fetches, holds the same URLs the page does.
  const payloadFile = PAYLOAD_FILE.exec(page)?.[1];
  const payload = payloadFile ? packagePublicFiles(relativizePage(await readFile(path.join(site, payloadFile), "utf8")), isFileIn(publicDir)) : undefined;
  const leaving = [...new Set([...urlsLeavingPackage(page), ...(payload ? urlsLeavingPackage(payload.html) : [])])];
  if (leaving.length > 0) {
    throw new Error(
      `the page links to addresses outside the package (${leaving.join(", ")}); expected every file it uses to be in public/ ` +
        `(an image as /lessons/${slug}/figure.png), and no link to another page of the site: an LMS shows the lesson page alone`,
    );
  }
  files.set("index.html", new TextEncoder().encode(page));
  for (const file of await listFiles(path.join(site, "_next", "static"))) {
    const raw = await readFile(path.join(site, "_next", "static", file));
    files.set(`_next/static/${file}`, TEXT.test(file) ? new TextEncoder().encode(relativizeAssets(raw.toString("utf8"))) : new Uint8Array(raw));
  }
  for (const file of ROOT_FILES) {
    const raw = await readFile(path.join(site, file));
    files.set(file, file === "manifest.webmanifest" ? new TextEncoder().encode(relativizeWebManifest(raw.toString("utf8"))) : new Uint8Array(raw));
  }
  if (payloadFile && payload) files.set(payloadFile, new TextEncoder().encode(payload.html));
  for (const file of new Set([...referenced, ...(payload?.files ?? [])])) files.set(file, new Uint8Array(await readFile(path.join(publicDir, file))));
  return files;
}

async function packageLesson(options: PackageOptions, lesson: PackagedLesson): Promise<string[]> {
  const files = await scoFiles(options.site, options.publicDir, lesson.slug);
  const zips: [string, Uint8Array, number][] = [];
  for (const version of SCORM_VERSIONS) {
    const manifest = buildManifest({
      version,
      slug: lesson.slug,
      title: lesson.title,
      launch: "index.html",
      files: [...files.keys()].sort(),
      masteryPercent: lesson.passMark,
    });
    const validation = await validateManifest(manifest, version);
    if (!validation.valid) throw new Error(`the SCORM ${version} manifest does not match ADL's schemas:\n${validation.errors.join("\n")}`);
    const zip: Zippable = { "imsmanifest.xml": new TextEncoder().encode(manifest) };
    for (const schema of await schemaFiles(version)) zip[schema] = new Uint8Array(await readFile(path.join(SCHEMA_DIRS[version], schema)));
    for (const [name, data] of files) zip[name] = data;
    zips.push([path.join(options.out, `${lesson.slug}-${ZIP_NAME[version]}.zip`), zipSync(zip, { level: 9 }), Object.keys(zip).length]);
  }
  // Both versions or neither: a lesson is never left with one package of the pair.
  const written: string[] = [];
  for (const [target, data, count] of zips) {
    await writeFile(target, data);
    const name = path.relative(process.cwd(), target);
    written.push(name);
    options.log?.(`${name}  ${count} files, ${(data.byteLength / 1024).toFixed(0)} kB`);
  }
  return written;
}

/** Packages every lesson; one lesson's failure is recorded and the others are still packaged. */
export async function packageLessons(options: PackageOptions): Promise<PackageResult> {
  const result: PackageResult = { written: [], failed: [] };
  for (const lesson of options.lessons) {
    try {
      result.written.push(...(await packageLesson(options, lesson)));
    } catch (error) {
      result.failed.push({ slug: lesson.slug, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

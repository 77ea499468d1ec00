/**
 * npm run export:scorm — builds the site for SCORM packaging and writes, for every lesson,
 * out-scorm/<slug>-scorm12.zip and out-scorm/<slug>-scorm2004.zip: the lesson page as the
 * package's index.html, every asset beside it under relative URLs (lib/scorm/package-paths.ts), an
 * imsmanifest.xml validated against ADL's schemas, and those schemas.
 * `-- --no-build` packages the existing out-scorm/site/ build.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { loadLessons } from "@/lib/content/load";
import { buildManifest, SCORM_VERSIONS, type ScormVersion } from "@/lib/scorm/manifest";
import { relativizeAssets, relativizePage, relativizeWebManifest, ROOT_FILES, urlsLeavingPackage } from "@/lib/scorm/package-paths";
import { SCHEMA_DIRS, schemaFiles, validateManifest } from "@/lib/scorm/validate-manifest";

const OUT = path.resolve("out-scorm");
const SITE = path.join(OUT, "site");
const ZIP_NAME: Record<ScormVersion, string> = { "1.2": "scorm12", "2004": "scorm2004" };
const TEXT = /\.(js|css|html|json|txt|svg|map)$/;

function build() {
  console.log("Building the site for SCORM packaging (out-scorm/site/)…");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, SCORM_PACKAGE: "1", EXPORT_DIR: path.relative(process.cwd(), SITE), NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** The SCO's files, shared by both versions: the page, _next/static and the root files. */
async function scoFiles(slug: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const page = relativizePage(await readFile(path.join(SITE, "lessons", slug, "index.html"), "utf8"));
  const leaving = urlsLeavingPackage(page);
  if (leaving.length > 0) throw new Error(`lessons/${slug}/index.html: found URLs outside the package (${leaving.join(", ")}); expected every URL relative to the package`);
  files.set("index.html", new TextEncoder().encode(page));
  for (const file of await listFiles(path.join(SITE, "_next", "static"))) {
    const raw = await readFile(path.join(SITE, "_next", "static", file));
    files.set(`_next/static/${file}`, TEXT.test(file) ? new TextEncoder().encode(relativizeAssets(raw.toString("utf8"))) : new Uint8Array(raw));
  }
  for (const file of ROOT_FILES) {
    const raw = await readFile(path.join(SITE, file));
    files.set(file, file === "manifest.webmanifest" ? new TextEncoder().encode(relativizeWebManifest(raw.toString("utf8"))) : new Uint8Array(raw));
  }
  return files;
}

async function main() {
  if (!process.argv.includes("--no-build")) build();
  else if (!existsSync(path.join(SITE, "index.html"))) throw new Error("out-scorm/site/ has no build to package: run `npm run export:scorm` without --no-build first");
  const lessons = await loadLessons();
  await mkdir(OUT, { recursive: true });
  await Promise.all((await readdir(OUT)).filter((f) => f.endsWith(".zip")).map((f) => rm(path.join(OUT, f))));
  for (const lesson of lessons) {
    const files = await scoFiles(lesson.slug);
    for (const version of SCORM_VERSIONS) {
      const manifest = buildManifest({
        version,
        slug: lesson.slug,
        title: lesson.frontmatter.title,
        launch: "index.html",
        files: [...files.keys()].sort(),
        masteryPercent: lesson.frontmatter.passMark,
      });
      const validation = await validateManifest(manifest, version);
      if (!validation.valid) throw new Error(`${lesson.slug}: the SCORM ${version} manifest does not match ADL's schemas:\n${validation.errors.join("\n")}`);
      const zip: Zippable = { "imsmanifest.xml": new TextEncoder().encode(manifest) };
      for (const schema of await schemaFiles(version)) zip[schema] = new Uint8Array(await readFile(path.join(SCHEMA_DIRS[version], schema)));
      for (const [name, data] of files) zip[name] = data;
      const target = path.join(OUT, `${lesson.slug}-${ZIP_NAME[version]}.zip`);
      await writeFile(target, zipSync(zip, { level: 9 }));
      const size = (await readFile(target)).byteLength;
      console.log(`${path.relative(process.cwd(), target)}  SCORM ${version}, ${Object.keys(zip).length} files, ${(size / 1024).toFixed(0)} kB`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

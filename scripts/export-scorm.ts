/**
 * npm run export:scorm — builds the site for SCORM packaging and writes, for every lesson,
 * out-scorm/<slug>-scorm12.zip and out-scorm/<slug>-scorm2004.zip (lib/scorm/package-lessons.ts).
 * `npm run export:scorm -- <slug> …` packages only the lessons named.
 * `-- --no-build` packages the existing out-scorm/site/ build.
 * SCORM_DIR writes elsewhere (`npm run export:scorm:fixtures` packages the test lessons).
 * A lesson that cannot be packaged is named with what is wrong; the others are still written, and
 * the command exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { loadLessons, publicDir } from "@/lib/content/load";
import { SCORM_VERSIONS } from "@/lib/scorm/manifest";
import { packageLessons, ZIP_NAME } from "@/lib/scorm/package-lessons";

const OUT = path.resolve(process.env.SCORM_DIR || "out-scorm");
const SITE = path.join(OUT, "site");

function build() {
  console.log(`Building the site for SCORM packaging (${path.relative(process.cwd(), SITE)}/)…`);
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, SCORM_PACKAGE: "1", EXPORT_DIR: path.relative(process.cwd(), SITE), NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}): no package was written`);
}

async function main() {
  const args = process.argv.slice(2);
  const slugs = args.filter((a) => !a.startsWith("--"));
  const all = await loadLessons();
  const unknown = slugs.filter((s) => !all.some((l) => l.slug === s));
  if (unknown.length > 0) {
    throw new Error(`found no lesson ${unknown.map((s) => `"${s}"`).join(", ")}; expected a lesson's slug (the file name without .mdx): ${all.map((l) => l.slug).join(", ")}`);
  }
  const lessons = slugs.length > 0 ? all.filter((l) => slugs.includes(l.slug)) : all;

  if (!args.includes("--no-build")) build();
  else if (!existsSync(path.join(SITE, "index.html"))) throw new Error(`${path.relative(process.cwd(), SITE)}/ has no build to package: run \`npm run export:scorm\` without --no-build first`);

  await mkdir(OUT, { recursive: true });
  // Only the zips of the lessons being packaged are replaced: exporting one lesson keeps the others'.
  const replaced = new Set(lessons.flatMap((l) => SCORM_VERSIONS.map((v) => `${l.slug}-${ZIP_NAME[v]}.zip`)));
  await Promise.all((await readdir(OUT)).filter((f) => (slugs.length > 0 ? replaced.has(f) : f.endsWith(".zip"))).map((f) => rm(path.join(OUT, f))));

  const { written, failed } = await packageLessons({
    site: SITE,
    out: OUT,
    publicDir: publicDir(),
    lessons: lessons.map((l) => ({ slug: l.slug, title: l.frontmatter.title, passMark: l.frontmatter.passMark })),
    log: (line) => console.log(line),
  });
  for (const { slug, message } of failed) console.error(`${slug}: no package written: ${message}`);
  if (failed.length > 0) {
    console.error(`${failed.length} of ${lessons.length} lesson${lessons.length === 1 ? "" : "s"} could not be packaged; ${written.length} zip${written.length === 1 ? "" : "s"} written.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

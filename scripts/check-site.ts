/**
 * `npm run check-site` (after `npm run build`): checks the exported site in out/ for broken internal
 * links and anchors, pages without a title or description, images without alt, invalid HTML
 * (html-validate with .htmlvalidate.json), content not in place for readers without JavaScript
 * (Suspense boundaries streamed or left to the browser), and glossary terms a lesson defines but never uses.
 * Prints `file: what was found, what was expected`; exits 1 on any.
 * Usage: tsx scripts/check-site.ts [outDir] (LESSONS_DIR and NEXT_PUBLIC_BASE_PATH as that export was built)
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadLessons } from "../lib/content/load";
import { site } from "../lib/site";
import { htmlValidator, htmlValidityProblems } from "./lib/html-validity";
import { boundaryProblems, imageProblems, linkProblems, loadPage, metaProblems, readableText, unusedGlossaryTerms, type Page } from "./lib/site-checks";

const outDir = path.resolve(process.argv[2] ?? "out");
const shown = (file: string) => path.relative(process.cwd(), path.join(outDir, file));

if (!existsSync(path.join(outDir, "index.html"))) {
  console.error(`${shown("index.html")}: found no exported site, expected a build first (npm run build; build:fixtures for out-fixtures/, build:base-path for out-learn/)`);
  process.exit(1);
}
const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
const files = new Set(entries.filter((e) => e.isFile()).map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join("/")));
const pages = new Map<string, Page>();
const problems: string[] = [];
const validator = htmlValidator();
for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
  const html = await readFile(path.join(outDir, file), "utf8");
  pages.set(file, loadPage(file, html));
  problems.push(...[...htmlValidityProblems(validator, html, file), ...boundaryProblems(html)].map((p) => `${shown(file)}: ${p}`));
}

for (const page of pages.values()) {
  const found = [...linkProblems(page, files, pages, site.url, site.basePath), ...metaProblems(page), ...imageProblems(page)];
  problems.push(...found.map((p) => `${shown(page.file)}: ${p}`));
}
const lessons = await loadLessons();
for (const lesson of lessons) {
  const file = `lessons/${lesson.slug}/index.html`;
  const page = pages.get(file);
  if (!page) {
    problems.push(`${shown(file)}: found no page for ${lesson.file}, expected the build to export it`);
    continue;
  }
  problems.push(...unusedGlossaryTerms(readableText(page), lesson.frontmatter.glossary).map((p) => `${shown(file)}: ${p}`));
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${pages.size} pages.`);
  process.exit(1);
}
console.log(`check-site: ${pages.size} pages, ${lessons.length} lesson${lessons.length === 1 ? "" : "s"}: no problems.`);

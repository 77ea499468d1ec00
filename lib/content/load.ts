/**
 * Loads lessons from `content/lessons/*.mdx`: parses the frontmatter, validates it with zod,
 * compiles the MDX body with the lesson checks, and cross-checks the two. Any problem throws a
 * ContentError that lists every problem as `file:line: found …, expected …`, which fails the build.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import matter from "gray-matter";
import yaml from "js-yaml";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import type { z } from "zod";
import { TEMPLATE_ANCHORS } from "./anchors";
import { checkCitations } from "./citations";
import { frontmatterSchema, type Frontmatter } from "./frontmatter";
import { frontmatterLine } from "./frontmatter-lines";
import { ContentError, describeIssue, type Problem } from "./problems";
import { remarkLesson } from "./remark-lesson";
import { remarkNoAutolinks } from "./remark-no-autolinks";
import { LEVELS } from "./levels";
import { componentNames, ruleOf } from "./vocabulary";
import { SUBJECT_NAMES } from "./subjects";
import { placeholderProblems } from "./placeholders";
import { plainMdxProblem, yamlProblem } from "./plain-syntax";
import { emptyScan, type LessonScan } from "./scan";
import { DEFAULT_KIND } from "@/lib/quiz/kinds";

export interface Lesson extends Pick<LessonScan, "sections" | "questions" | "demos" | "figures" | "flipCards" | "labChallenges" | "labId" | "soFar" | "words" | "l1Blocks"> {
  slug: string;
  /** The file, relative to the project, for messages. */
  file: string;
  frontmatter: Frontmatter;
  /** The compiled MDX body, as a function body for @mdx-js/mdx `run`. */
  code: string;
  /** A short hash of the questions (ids, prompts, options, answers): saved progress is keyed by it. */
  questionsHash: string;
  usesDemo: boolean;
}

/** Where lessons live; LESSONS_DIR points a build at another folder (the test fixtures). */
/** A lesson file split into its frontmatter data and body, as every reader of lessons splits it; throws on bad YAML. */
export function readFrontmatter(raw: string): { data: Record<string, unknown>; content: string } {
  // JSON_SCHEMA keeps `2026-06-20` a string (YAML's default would make it a Date).
  return matter(raw, { engines: { yaml: (s) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object } });
}

export function lessonsDir(): string {
  return path.resolve(process.cwd(), process.env.LESSONS_DIR ?? "content/lessons");
}

export async function listLessonFiles(dir = lessonsDir()): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith(".mdx")).sort().map((n) => path.join(dir, n));
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Parses and checks one lesson file; returns the lesson or the list of its problems. */
export async function parseLesson(filePath: string, source?: string): Promise<{ lesson?: Lesson; problems: Problem[] }> {
  const file = relative(filePath);
  const raw = source ?? (await readFile(filePath, "utf8"));
  const problems: Problem[] = [];

  let data: Record<string, unknown> | null = null;
  let body: string;
  try {
    const parsed = readFrontmatter(raw);
    data = parsed.data;
    // Pad the body so that line numbers in MDX messages are the file's own.
    const offset = raw.slice(0, raw.length - parsed.content.length).split("\n").length - 1;
    body = "\n".repeat(offset) + parsed.content;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    problems.push({ file, ...yamlProblem(raw, reason, mark?.line) });
    // Still check the body, so that one run reports its problems too.
    body = bodyAfterFrontmatter(raw);
  }
  if (raw.trimStart().startsWith("---") === false) {
    problems.push({ file, line: 1, message: "found no frontmatter, expected the file to start with a --- YAML block (see docs/authoring.md)" });
  }

  const slug = path.basename(filePath, ".mdx");
  // Unreadable YAML has no fields to check: reporting each as missing would only add noise.
  const fm = data === null ? null : frontmatterSchema.safeParse(data);
  if (fm && !fm.success) {
    for (const issue of fm.error.issues) {
      // An unknown field is reported on its parent; point at the unknown field's own line.
      const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
      problems.push({ file, line: frontmatterLine(raw, at) ?? 1, message: describeIssue(issue, data, "frontmatter field") });
    }
  }

  const scan = emptyScan(file);
  let code = "";
  try {
    const out = await compile(new VFile({ path: filePath, value: body }), {
      outputFormat: "function-body",
      remarkPlugins: [remarkGfm, remarkNoAutolinks, [remarkLesson, scan]],
      development: false,
    });
    code = String(out);
  } catch (error) {
    // The checks of the body read the parsed body: after a syntax error they would only add false
    // alarms. The frontmatter's own problems, found above, are reported with it.
    const e = error as { line?: number; reason?: string; message: string };
    const reason = e.reason ?? e.message;
    const plain = plainMdxProblem(body, e.line, reason);
    return { problems: [...problems, plain ? { file, ...plain } : syntaxProblem(file, e.line, reason)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  problems.push(...scan.problems);

  for (const id of TEMPLATE_ANCHORS) if (!scan.anchors.has(id)) scan.anchors.set(id, 0);
  for (const link of scan.links) {
    if (!scan.anchors.has(link.target)) {
      const known = [...scan.anchors.keys()].filter((a) => !(TEMPLATE_ANCHORS as readonly string[]).includes(a));
      problems.push({
        file,
        line: link.line,
        message: `${link.via}: found a link to "#${link.target}", which is not on the page; expected one of ${known.map((a) => `#${a}`).join(", ")}`,
      });
    }
  }

  problems.push(...checkImages(file, scan.images));
  if (data !== null) {
    // A field with a mistake is reported above; the checks that need it wait, and every other
    // check still runs on the fields that are right, so one run reports every problem.
    const { fields, known } = fm?.success ? { fields: fm.data, known: () => true } : partialFrontmatter(data);
    const lineOf = (path: PropertyKey[]) => frontmatterLine(raw, path) ?? 1;
    problems.push(...crossCheck(file, slug, fields, scan, lineOf, known, data), ...checkCitations(file, fields, scan, lineOf, known));
  }
  problems.push(...placeholderProblems(file, raw));
  // Problems without a line (a missing field) first, then the rest in file order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // A lesson whose only problems are starter placeholders is still a lesson: the dev preview shows it.
  if (problems.some((p) => !p.placeholder) || !fm?.success) return { problems };

  // A choose-one question's hash leaves its kind out, so that saved answers outlive the kinds' arrival.
  const questions = scan.questions.map((q) => ({
    ...q,
    hash: hash(JSON.stringify(q.kind === DEFAULT_KIND ? [q.id, q.prompt, q.options, q.correct] : [q.id, q.kind, q.prompt, q.options, q.correct])),
  }));
  return {
    problems,
    lesson: {
      file,
      sections: scan.sections,
      questions,
      demos: scan.demos,
      figures: scan.figures,
      flipCards: scan.flipCards,
      labChallenges: scan.labChallenges,
      labId: scan.labId,
      soFar: scan.soFar,
      words: scan.words,
      l1Blocks: scan.l1Blocks,
      slug,
      frontmatter: fm.data,
      code,
      questionsHash: hash(questions.map((q) => q.hash).join()),
      usesDemo: scan.used.has("Demo"),
    },
  };
}

/**
 * An unclosed tag is reported by the MDX parser where it noticed (a later closing tag, or the end of
 * the file); the author has to fix the opening tag, so the problem points there.
 */
function syntaxProblem(file: string, line: number | undefined, reason: string): Problem {
  const opening = /closing tag for `<([^>`]+)>` \((\d+):\d+-\d+:\d+\)/.exec(reason);
  if (!opening) return { file, line, message: `MDX syntax: ${reason}` };
  const [, name = "", openedAt = ""] = opening;
  const closing = /Unexpected closing tag `(<\/[^`]*>)`/.exec(reason)?.[1];
  const found = closing ? `${closing} on line ${line}` : "the end of the file";
  return { file, line: Number(openedAt), message: `MDX syntax: <${name}> is opened here but never closed: found ${found}, expected </${name.split(" ")[0]}> first` };
}

/** Where static files live; a lesson's images go under public/lessons/<slug>/. */
export function publicDir(): string {
  return path.resolve(process.cwd(), "public");
}

/** Every image needs words for those who cannot see it, and a file the site itself serves. */
function checkImages(file: string, images: LessonScan["images"]): Problem[] {
  const problems: Problem[] = [];
  for (const image of images) {
    const at = (message: string) => problems.push({ file, line: image.line, message: `${image.via}: ${message}` });
    if (image.alt === null || image.alt.trim() === "") {
      at(`found ${image.alt === null ? "no alt attribute" : "an empty alt text"}, expected a short description of what the image shows (alt="…")`);
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.src)) {
      at(`found an address on another host, expected a file in public/ such as /lessons/<slug>/figure.png (the site loads nothing from other hosts)`);
    } else if (!image.src.startsWith("/")) {
      at(`found the relative path "${image.src}", expected a path from the site root such as /lessons/<slug>/figure.png (files live in public/)`);
    } else if (!existsSync(path.join(publicDir(), decodeURI(image.src.split(/[?#]/)[0] ?? "")))) {
      at(`found no file public${image.src}, expected the image to exist in public/`);
    }
  }
  return problems;
}

/** The body after a `---` block that gray-matter could not read, padded to keep its line numbers. */
function bodyAfterFrontmatter(raw: string): string {
  const lines = raw.split("\n");
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  return close < 0 ? "" : "\n".repeat(close + 1) + lines.slice(close + 1).join("\n");
}

/**
 * The fields of a frontmatter that fails the schema, each checked on its own: those that pass, and
 * which ones they are. The checks that read a field run only when it is known.
 */
function partialFrontmatter(data: Record<string, unknown>): { fields: Frontmatter; known: (field: keyof Frontmatter) => boolean } {
  const fields: Record<string, unknown> = {};
  const good = new Set<string>();
  for (const [key, schema] of Object.entries(frontmatterSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(data[key]);
    if (!result.success) continue;
    fields[key] = result.data;
    good.add(key);
  }
  return { fields: fields as Frontmatter, known: (field) => good.has(field) };
}

/** Checks that need both the frontmatter and the body. */
function crossCheck(
  file: string,
  slug: string,
  fm: Frontmatter,
  scan: LessonScan,
  lineOf: (path: PropertyKey[]) => number | undefined,
  known: (field: keyof Frontmatter) => boolean,
  raw: Record<string, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (message: string, line?: number) => problems.push({ file, line, message });
  if (known("slug") && fm.slug !== slug) at(`frontmatter field "slug": found "${fm.slug}", expected "${slug}" (the file name without .mdx)`, lineOf(["slug"]));

  const seen = new Map<string, number>();
  if (known("glossary")) fm.glossary.forEach((entry, i) => {
    const key = entry.term.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) at(`frontmatter field "glossary[${i}].term": found "${entry.term}" already defined at glossary[${first}], expected each term once`, lineOf(["glossary", i, "term"]));
    else seen.set(key, i);
  });
  if (known("tutor")) fm.tutor.forEach((entry, i) => {
    if (!scan.sections.some((s) => s.id === entry.section)) {
      at(`frontmatter field "tutor[${i}].section": found "${entry.section}", expected one of the lesson's section ids (${scan.sections.map((s) => s.id).join(", ")})`, lineOf(["tutor", i, "section"]));
    }
    // An entry without a level is for the lesson's default level; a written one must be offered.
    const written = ((raw.tutor as unknown[])[i] as Record<string, unknown>).level;
    if (known("levels") && written !== undefined && !fm.levels.includes(entry.level)) {
      at(
        `frontmatter field "tutor[${i}].level": found "${entry.level}", which the lesson does not offer, expected one of the levels in "levels" (${fm.levels.join(", ")})`,
        lineOf(["tutor", i, "level"]),
      );
    }
  });
  (fm.ownWords?.misconceptions ?? []).forEach((entry, i) => {
    if (!scan.sections.some((s) => s.id === entry.section)) {
      at(`frontmatter field "ownWords.misconceptions[${i}].section": found "${entry.section}", expected one of the lesson's section ids (${scan.sections.map((s) => s.id).join(", ")})`, lineOf(["ownWords", "misconceptions", i, "section"]));
    }
  });
  for (const name of componentNames) {
    const data = ruleOf(name).data;
    if (!data || !known(data.field)) continue;
    const has = data.has(fm);
    if (scan.used.has(name) && !has) {
      at(`frontmatter field "${data.field}": found nothing, expected ${data.expected} for <${name} /> in the body`, lineOf([data.field]));
    } else if (has && !scan.used.has(name)) {
      at(`frontmatter field "${data.field}": found data that no component shows, expected <${name} /> in the body to show it (or remove the field)`, lineOf([data.field]));
    }
  }
  for (const use of scan.subjectUses) {
    const subject = ruleOf(use.name).subject;
    if (!subject || !known("subjects") || fm.subjects.includes(subject.id)) continue;
    at(
      `<${use.name}>: found a component that belongs to the subject "${subject.id}" (${SUBJECT_NAMES[subject.id]}) and shows its words and pictures, and "subjects" is [${fm.subjects.join(", ")}]; ` +
        `expected a component for any subject: use ${subject.instead} (or, in a lesson on ${SUBJECT_NAMES[subject.id]}, add ${subject.id} to "subjects")`,
      use.line,
    );
  }
  for (const use of known("levels") ? scan.levelUses : []) {
    if (!use.levels.some((level) => fm.levels.includes(level))) {
      const only = use.levels.join(" or ");
      at(
        `${use.tag}: found ${use.what} only ${only} would show, and "levels" is [${fm.levels.join(", ")}], expected a level the lesson offers (add ${only} to "levels", or change the attribute)`,
        use.line,
      );
    }
  }
  for (const level of LEVELS) {
    if (known("levels") && known("levelHints") && fm.levelHints[level] !== undefined && !fm.levels.includes(level)) {
      at(
        `frontmatter field "levelHints.${level}": found a hint for ${level}, which the lesson does not offer, expected hints only for the levels in "levels" (${fm.levels.join(", ")})`,
        lineOf(["levelHints", level]),
      );
    }
  }
  return problems;
}

/** FNV-1a: stable across builds and machines, changes when the text changes. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const cache = new Map<string, Promise<Lesson[]>>();

/**
 * Every lesson in the folder, sorted by date (newest first); throws ContentError on any problem,
 * except, in the dev preview, a starter placeholder not yet replaced.
 */
export function loadLessons(dir = lessonsDir()): Promise<Lesson[]> {
  let pending = cache.get(dir);
  const preview = process.env.NODE_ENV === "development";
  if (!pending || preview) {
    pending = (async () => {
      const results = await Promise.all((await listLessonFiles(dir)).map((f) => parseLesson(f)));
      const problems = results.flatMap((r) => r.problems).filter((p) => !(preview && p.placeholder));
      if (problems.length > 0) throw new ContentError(problems);
      return results
        .map((r) => r.lesson!)
        .sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug));
    })();
    cache.set(dir, pending);
  }
  return pending;
}

export async function loadLesson(slug: string): Promise<Lesson | undefined> {
  return (await loadLessons()).find((l) => l.slug === slug);
}

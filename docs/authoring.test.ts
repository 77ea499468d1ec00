/**
 * Keeps docs/authoring.md honest: its Need → Component table names every component of the
 * vocabulary, the MDX registry implements exactly that vocabulary, the frontmatter table covers
 * every field, and every ```mdx example compiles, wrapped in the guide's own frontmatter examples.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lessonComponents } from "@/components/mdx-components";
import { frontmatterSchema, keyPoint, misconception, source } from "@/lib/content/frontmatter";
import { parseLesson, type Lesson } from "@/lib/content/load";
import type { z } from "zod";
import { KIND_IDS, QUESTION_KINDS, type QuestionKindId } from "@/lib/quiz/kinds";
import { CALLOUT_TYPES, componentNames, FLIP_CARD_ICONS, INFOGRAPHICS, ruleOf, SCENARIO_STEPS, vocabulary } from "@/lib/content/vocabulary";

const guide = readFileSync(path.resolve("docs/authoring.md"), "utf8");

/** The text under a `## heading`, up to the next `## `. */
function chapter(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/authoring.md has no "## ${heading}"`);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

interface Block {
  /** The `<!-- kind: name -->` comment right above the fence, e.g. "example: standalone". */
  marker: string | null;
  lang: string;
  code: string;
  line: number;
}

function codeBlocks(): Block[] {
  const blocks: Block[] = [];
  // A fence closes with as many backticks as it opened with, so a ````mdx block may hold ``` code.
  const fence = /(?:<!-- ([\w-]+: [\w-]+) -->\n)?(`{3,})(\w*)\n([\s\S]*?)\n\2(?!`)/g;
  for (const m of guide.matchAll(fence)) {
    blocks.push({ marker: m[1] ?? null, lang: m[3] ?? "", code: m[4] ?? "", line: guide.slice(0, m.index).split("\n").length });
  }
  return blocks;
}

function only(marker: string): Block {
  const found = codeBlocks().filter((b) => b.marker === marker);
  expect(found, `one block marked <!-- ${marker} -->`).toHaveLength(1);
  return found[0]!;
}

describe("docs/authoring.md", () => {
  it("names every component in the Need → Component table", () => {
    const table = chapter("Need → Component");
    for (const name of componentNames) expect(table, `<${name}> in the table`).toMatch(new RegExp(`<${name}[ />]`));
  });

  it("gives each component's attributes as its schema has them (`?` = optional)", () => {
    const table = chapter("Need → Component");
    const written = new Map<string, string[][]>();
    for (const m of table.matchAll(/<([A-Z]\w*)((?: [a-z][a-zA-Z]*\??)+) ?\/?>/g)) {
      written.set(m[1]!, [...(written.get(m[1]!) ?? []), m[2]!.trim().split(" ")]);
    }
    for (const name of componentNames) {
      const shape = vocabulary[name].attributes.shape as Record<string, z.ZodType>;
      const expected = Object.keys(shape).map((key) => (shape[key]!.safeParse(undefined).success ? `${key}?` : key));
      if (expected.length === 0) expect(written.has(name), `<${name}> takes no attributes`).toBe(false);
      // The order attributes are written in is the author's; only the set (and what is optional) matters.
      else expect(written.get(name)?.map((attrs) => [...attrs].sort()), `<${name}>'s attributes`).toEqual([[...expected].sort()]);
    }
  });

  it("lists every callout type, infographic and scenario step in the table", () => {
    const table = chapter("Need → Component");
    for (const value of [...CALLOUT_TYPES, ...INFOGRAPHICS, ...SCENARIO_STEPS]) expect(table).toContain(`\`${value}\``);
  });

  it("describes every question kind as the kinds table defines it", () => {
    const marker = guide.indexOf("<!-- question-kinds -->");
    expect(marker, "a table marked <!-- question-kinds -->").toBeGreaterThan(0);
    const table = guide.slice(marker, guide.indexOf("\n\n", marker));
    const rows = table.split("\n").slice(3);
    const cells = rows.map((row) => row.split("|").slice(1, -1).map((c) => c.trim()));
    expect(cells.map((c) => c[0])).toEqual(KIND_IDS.map((id) => `\`${id}\``));
    for (const [id, , options, , , scorm] of cells) {
      const kind = QUESTION_KINDS[id!.replaceAll("`", "") as QuestionKindId];
      expect(options, `${id}'s options`).toBe(`${kind.options.min}–${kind.options.max}`);
      expect(scorm, `${id}'s SCORM type`).toBe(`\`${kind.scorm.type}\``);
    }
  });

  it("lists every flip card icon in the flip cards chapter", () => {
    const start = guide.indexOf("\n### Flip cards\n");
    expect(start, "a ### Flip cards chapter").toBeGreaterThan(0);
    const chapterText = guide.slice(start, guide.indexOf("\n### ", start + 1));
    for (const icon of FLIP_CARD_ICONS) expect(chapterText).toContain(`\`${icon}\``);
  });

  it("describes every frontmatter field", () => {
    const table = chapter("Frontmatter");
    for (const field of Object.keys(frontmatterSchema.shape)) expect(table).toContain(`| \`${field}\` |`);
  });

  it("names every field of a source in the sources row", () => {
    const row = chapter("Frontmatter").split("\n").find((line) => line.startsWith("| `sources` |"));
    expect(row, "a row for sources").toBeDefined();
    for (const key of Object.keys(source.shape)) expect(row, `sources' field ${key}`).toContain(`\`${key}\``);
  });

  it("names every field of a key point and a misconception in the ownWords row, optional ones with ?", () => {
    const row = chapter("Frontmatter").split("\n").find((line) => line.startsWith("| `ownWords` |")) ?? "";
    for (const schema of [keyPoint, misconception]) {
      for (const [key, field] of Object.entries(schema.shape)) {
        const name = (field as z.ZodType).safeParse(undefined).success ? `${key}?` : key;
        expect(row, `${name} in the ownWords row`).toContain(`\`${name}\``);
      }
    }
  });

  it("names every authoring-mistake fixture in the error table", () => {
    const table = chapter("Error messages and how to fix them");
    for (const file of readdirSync("e2e/fixtures/bad")) expect(table).toContain(`\`${file}\``);
  });

  it("shows every component in at least one compiled example", () => {
    const examples = codeBlocks()
      .filter((b) => b.marker?.startsWith("example"))
      .map((b) => b.code)
      .join("\n");
    for (const name of componentNames) expect(examples, `an example using <${name}>`).toMatch(new RegExp(`<${name}[ />\\n]`));
  });

  it("marks every mdx and yaml block with what it needs around it", () => {
    for (const block of codeBlocks().filter((b) => b.lang === "mdx" || b.lang === "yaml")) {
      expect(block.marker, `the block at docs/authoring.md:${block.line}`).toMatch(/^(example: (standalone|in-lesson)|example-context: (standalone|sections)|frontmatter: (minimal|complete))$/);
    }
  });

  describe("every mdx example compiles with zero problems", () => {
    const minimal = only("frontmatter: minimal").code;
    const complete = only("frontmatter: complete").code;
    const sections = only("example-context: sections").code;
    const standalone = only("example-context: standalone").code;
    const examples = codeBlocks().filter((b) => b.marker === "example: standalone" || b.marker === "example: in-lesson");
    const dataComponents = componentNames.filter((name) => ruleOf(name).data);

    it("has examples", () => expect(examples.length).toBeGreaterThan(10));

    for (const example of examples) {
      it(`the ${example.marker} example at docs/authoring.md:${example.line}`, async () => {
        // The slug in each frontmatter example is the file name parseLesson derives it from.
        const inLesson = example.marker === "example: in-lesson";
        const [frontmatter, slug] = inLesson ? [complete, "okta-scim-provisioning"] : [minimal, "dns-resolution"];
        // Data in the frontmatter needs the component that shows it: add those the example lacks
        // (a standalone example's minimal frontmatter has only sources, which citations need).
        const shows = dataComponents.filter((name) => !example.code.includes(`<${name}`) && (inLesson || name === "Sources"));
        const source = `${frontmatter}\n\n${example.code}\n\n${inLesson ? sections : standalone}\n\n${shows.map((name) => `<${name} />`).join("\n\n")}\n`;
        const { problems } = await parseLesson(`/guide-examples/${slug}.mdx`, source);
        expect(problems).toEqual([]);
      });
    }
  });
});

describe("the MDX registry", () => {
  it("implements exactly the vocabulary's components", async () => {
    const { lesson } = await parseLesson(path.resolve("e2e/fixtures/lessons/components-tour.mdx"));
    const registry = lessonComponents(lesson as Lesson);
    expect(Object.keys(registry).sort()).toEqual([...componentNames].sort());
  });
});

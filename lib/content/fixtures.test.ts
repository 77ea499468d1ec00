/**
 * The authoring-mistake fixtures (e2e/fixtures/bad/, one mistake per file) each fail with their own
 * message, at the line to fix, in the `file:line: found …, expected …` form; the components tour
 * (e2e/fixtures/lessons/) passes with none.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";
import { formatProblem } from "./problems";

const bad = (name: string) => path.resolve("e2e/fixtures/bad", `${name}.mdx`);

/** The 1-based line of the last line containing `marker` (a duplicate is reported where it repeats). */
function lineOf(name: string, marker: string): number {
  const index = readFileSync(bad(name), "utf8").split("\n").findLastIndex((l) => l.includes(marker));
  if (index < 0) throw new Error(`${name}.mdx has no line containing ${marker}`);
  return index + 1;
}

interface Case {
  name: string;
  /** The text on the line the message must point at, or the line number itself. */
  at: string | number;
  /** Words the message must contain, found part first, expected part second. */
  says: string[];
}

const cases: Case[] = [
  { name: "missing-field", at: 1, says: ['frontmatter field "quickAnswer"', "found nothing", "expected a text"] },
  { name: "mistyped-field", at: "duration:", says: ['frontmatter field "duration"', 'found "ten minutes"', "expected a whole number of minutes from 1 to 240, such as 10"] },
  { name: "duplicate-question-id", at: '<QuickCheck id="q1"', says: ['<QuickCheck> id "q1"', "found it already defined on line 24", "expected a unique id"] },
  { name: "key-on-question", at: 'correct="a"', says: ['<QuickCheck> attribute "correct"', 'found "a"', "expected the key on the options: write `<Option correct>`"] },
  { name: "choose-one-two-marks", at: '<QuickCheck id="q1"', says: ['<QuickCheck id="q1">', "found 2 <Option correct>", "expected exactly 1"] },
  { name: "order-with-marks", at: '<QuickCheck id="q1"', says: ['<QuickCheck id="q1" kind="order">', "found 1 <Option correct>", "expected none (write the options in the right order"] },
  { name: "unknown-component", at: "<Quiz>", says: ["found the unknown component <Quiz>", "expected one of <Section>"] },
  { name: "missing-section-link", at: "(#outbound)", says: ['found a link to "#outbound"', "expected one of #basics"] },
  { name: "glossary-term-twice", at: 'term: "scim"', says: ['"glossary[1].term"', 'found "scim" already defined at glossary[0]', "expected each term once"] },
  { name: "unknown-level", at: 'min="L4"', says: ['<Level> attribute "min"', 'found "L4"', 'expected one of "L1", "L2", "L3"'] },
  { name: "demo-failure-out-of-range", at: '<DemoFailure step="5"', says: ['<DemoFailure step="5">', "found a step the demo does not have", "expected 1 to 2"] },
  { name: "option-outside-quickcheck", at: "<Option>", says: ["<Option>: found it inside <Section>", "expected it directly inside <QuickCheck>"] },
  { name: "expression-attribute", at: "title={", says: ['<Callout> attribute "title"', "found the expression {", 'expected a quoted text such as title="…"'] },
  { name: "image-without-alt", at: "![](", says: ["image ![](/apple-touch-icon.png)", "found an empty alt text", 'expected a short description of what the image shows (alt="…")'] },
  { name: "image-missing-file", at: "![The provisioning flow", says: ["found no file public/lessons/image-missing-file/flow.png", "expected the image to exist in public/"] },
  { name: "unclosed-tag", at: "<Callout", says: ["MDX syntax: <Callout> is opened here but never closed", "found </Section> on line", "expected </Callout> first"] },
  { name: "import-statement", at: "import {", says: ["found an import or export statement", "expected none"] },
  { name: "cite-unknown-source", at: "<Cite", says: ['<Cite src="okta-scim-concepts rfc-7643">', 'found the source id "rfc-7643", which no source has', "expected one of the ids in the frontmatter's sources (okta-scim-concepts)"] },
  { name: "source-never-cited", at: "id: rfc-7644", says: ['frontmatter field "sources[1]"', 'found the source "rfc-7644" cited nowhere', 'expected at least one <Cite src="rfc-7644" />'] },
  { name: "section-without-cite", at: '<Section id="outbound"', says: ['<Section id="outbound">', "found no <Cite>", "expected at least one citation"] },
  { name: "section-cited-only-at-l3", at: '<Section id="basics"', says: ['<Section id="basics">', "found no <Cite> shown at L1, L2", "expected at least one citation at every level the lesson offers (L1, L2, L3)"] },
  { name: "duplicate-source-id", at: "id: okta-scim-concepts", says: ['frontmatter field "sources[1].id"', 'found "okta-scim-concepts" already used by sources[0]', "expected each source id once"] },
  { name: "updated-before-date", at: "updated:", says: ['frontmatter field "updated"', 'found "2025-12-01", before "date" (2026-01-15)', "expected the date of the last revision, on or after the publication date"] },
  { name: "cite-without-sources-list", at: "sources:", says: ['frontmatter field "sources"', "found data that no component shows", "expected <Sources /> in the body"] },
  { name: "tutor-level-not-offered", at: "level: L1", says: ['frontmatter field "tutor[0].level"', 'found "L1", which the lesson does not offer', 'expected one of the levels in "levels" (L2, L3)'] },
  { name: "yaml-unquoted-colon", at: "description: A fixture:", says: ["frontmatter YAML: found a text with \": \" inside it", 'expected the text in double quotes, e.g. description: "A fixture: the content', 'quote this text: it contains ": "'] },
  { name: "yaml-bad-indentation", at: '   - "Fail', says: ["frontmatter YAML: found this line indented differently from the lines around it", "expected it to line up with its neighbours"] },
  { name: "less-than-in-text", at: "<10 minutes", says: ['MDX syntax: found "<" followed by "1"', "expected \\< or &lt; for a less-than sign in text"] },
  { name: "lone-brace", at: '{ "userName"', says: ['MDX syntax: found a "{" with no closing "}"', "expected \\{ for a literal brace in text"] },
  { name: "pass-mark-not-whole", at: "passMark:", says: ['frontmatter field "passMark"', "found 0.8", "expected a whole number of percent from 1 to 100, such as 70"] },
  {
    name: "subject-component-elsewhere",
    at: "<ScimLab",
    says: ['<ScimLab>: found a component that belongs to the subject "scim"', '"subjects" is []', "expected a component for any subject: use <Demo>", 'add scim to "subjects"'],
  },
];

/** Fixtures with several mistakes: every one is reported in the same run, in file order. */
const several: { name: string; problems: Case[] }[] = [
  {
    name: "mistyped-field-and-bad-cite",
    problems: [
      { name: "", at: "duration:", says: ['frontmatter field "duration"', 'found "twelve minutes"', "expected a whole number of minutes"] },
      { name: "", at: "<Cite", says: ['found the source id "rfc-1035", which no source has', "expected one of the ids in the frontmatter's sources (rfc-1034)"] },
      { name: "", at: '<Section id="caching"', says: ['<Section id="caching">', "found no <Cite>"] },
    ],
  },
];

describe("authoring-mistake fixtures", () => {
  for (const { name, at, says } of cases) {
    it(`${name}.mdx fails with its own message`, async () => {
      const { lesson, problems } = await parseLesson(bad(name));
      expect(lesson).toBeUndefined();
      expect(problems.map(formatProblem)).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.file).toBe(`e2e/fixtures/bad/${name}.mdx`);
      expect(problem?.line).toBe(typeof at === "number" ? at : lineOf(name, at));
      for (const words of says) expect(problem?.message).toContain(words);
      expect(formatProblem(problem!)).toMatch(new RegExp(`^e2e/fixtures/bad/${name}\\.mdx(:\\d+)?: `));
    });
  }

  for (const { name, problems: expected } of several) {
    it(`${name}.mdx reports each of its mistakes at once`, async () => {
      const { lesson, problems } = await parseLesson(bad(name));
      expect(lesson).toBeUndefined();
      expect(problems.map(formatProblem)).toHaveLength(expected.length);
      expected.forEach(({ at, says }, i) => {
        expect(problems[i]?.line).toBe(typeof at === "number" ? at : lineOf(name, at));
        for (const words of says) expect(problems[i]?.message).toContain(words);
      });
    });
  }

  it("covers every fixture in the folder", () => {
    const files = readdirSync("e2e/fixtures/bad").filter((f) => f.endsWith(".mdx"));
    expect(files.sort()).toEqual([...cases, ...several].map((c) => `${c.name}.mdx`).sort());
  });
});

describe("the components tour fixture", () => {
  it("parses with zero problems and uses two demos and 3-, 4- and 5-option questions", async () => {
    const { lesson, problems } = await parseLesson(path.resolve("e2e/fixtures/lessons/components-tour.mdx"));
    expect(problems).toEqual([]);
    expect(lesson?.demos.map((d) => [d.steps, d.failureStep])).toEqual([
      [4, 3],
      [3, 2],
    ]);
    expect(lesson?.questions.map((q) => q.options.length)).toEqual([3, 5, 4]);
  });
});

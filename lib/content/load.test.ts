import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";
import { formatProblem } from "./problems";

const FILE = "content/lessons/tiny.mdx";

/** A small valid lesson; each test breaks one thing in it. */
function lesson({ front = {}, body }: { front?: Record<string, string | null>; body?: string } = {}): string {
  const fields: Record<string, string | null> = {
    title: "Tiny",
    slug: "tiny",
    track: "[Okta]",
    levels: "[L1, L2, L3]",
    date: "2026-06-20",
    duration: "5",
    subtitle: "A tiny lesson.",
    description: "A tiny lesson for tests.",
    quickAnswer: "Tiny.",
    objectives: "[Explain one thing, Apply another]",
    glossary: "\n  - term: SCIM\n    definition: A standard.",
    sources: "\n  - id: rfc-7644\n    publisher: IETF\n    title: SCIM Protocol\n    url: https://www.rfc-editor.org/rfc/rfc7644",
    ...front,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  const defaultBody = `
<Section id="one" title="One">

SCIM is a REST protocol.<Cite src="rfc-7644" />

Read [the section](#one).

<QuickCheck id="q1" bloom="Remember">

Which one?

<Option>First</Option>
<Option correct>Second</Option>

<Explanation>Because.</Explanation>

</QuickCheck>

</Section>

<Glossary />
<Sources />
`;
  return `---\n${yaml}\n---\n${body ?? defaultBody}`;
}

/** The 1-based line of the first occurrence of `needle`, so tests don't hard-code line numbers. */
function lineOf(source: string, needle: string): number {
  return source.slice(0, source.indexOf(needle)).split("\n").length;
}

async function problemsOf(source: string): Promise<string[]> {
  return (await parseLesson(FILE, source)).problems.map(formatProblem);
}

describe("parseLesson", () => {
  it("accepts a valid lesson and numbers its parts", async () => {
    const { lesson: parsed, problems } = await parseLesson(FILE, lesson());
    expect(problems).toEqual([]);
    expect(parsed?.sections).toEqual([expect.objectContaining({ id: "one", number: 1, title: "One" })]);
    expect(parsed?.questions).toEqual([
      expect.objectContaining({ id: "q1", number: 1, correct: "b", letters: ["a", "b"], options: ["First", "Second"], sectionId: "one", kind: "choose-one", placement: "inline" }),
    ]);
  });

  it("reads each So-far box at every level: a <Level> passage inside counts only where it shows", async () => {
    const body = lesson().split("\n---\n")[1]!.replace(
      "</Section>",
      `<SoFar>

<Level max="L1">

Plain words.

</Level>

<Level min="L2">

Practitioner words.

</Level>

Both.

</SoFar>

</Section>`,
    );
    const source = `${lesson().split("\n---\n")[0]}\n---\n${body}`;
    const { lesson: parsed, problems } = await parseLesson(FILE, source);
    expect(problems).toEqual([]);
    expect(parsed?.soFar).toEqual([{ L1: "Plain words. Both.", L2: "Practitioner words. Both.", L3: "Practitioner words. Both." }]);
  });

  it("names a misconception's section that is not a section of the lesson", async () => {
    const ownWords = `
  prompt: Say it.
  expert: Okta is the master.
  keyPoints:
    - label: Okta is the master
      all: [[okta], [master]]
  misconceptions:
    - belief: The app is the master.
      all: [[app], [master]]
      correction: Okta is the master.
      section: nowhere`;
    const source = lesson({ front: { ownWords } }).replace("<Glossary />", "<OwnWords />\n\n<Glossary />");
    const problems = await problemsOf(source);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/lessons\/tiny\.mdx:\d+: frontmatter field "ownWords\.misconceptions\[0\]\.section": found "nowhere", expected one of the lesson's section ids \(one\)$/),
    ]);
  });

  it("names a missing field", async () => {
    expect(await problemsOf(lesson({ front: { quickAnswer: null } }))).toEqual([
      `${FILE}:1: frontmatter field "quickAnswer": found nothing, expected a text`,
    ]);
  });

  it("names a mistyped field, on its line, with what it found and expected", async () => {
    const duration = lesson({ front: { duration: '"fifteen"' } });
    expect(await problemsOf(duration)).toEqual([
      `${FILE}:${lineOf(duration, "duration:")}: frontmatter field "duration": found "fifteen", expected a whole number of minutes from 1 to 240, such as 10`,
    ]);
    const date = lesson({ front: { date: "2026-13-40" } });
    expect(await problemsOf(date)).toEqual([
      `${FILE}:${lineOf(date, "date:")}: frontmatter field "date": found "2026-13-40", expected a date written YYYY-MM-DD`,
    ]);
  });

  it("rejects an unknown frontmatter field on its line", async () => {
    const source = lesson({ front: { auther: "Me" } });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "auther:")}: frontmatter field: unknown field "auther", expected only the documented fields (see docs/authoring.md)`,
    ]);
  });

  it("rejects a duplicate question id with both lines", async () => {
    const body = lesson().split("---\n")[2]!.replace("</Section>", `
<QuickCheck id="q1" bloom="Apply">

Again?

<Option correct>Yes</Option>
<Option>No</Option>

<Explanation>Why.</Explanation>

</QuickCheck>

</Section>`);
    const problems = await problemsOf(lesson({ body }));
    expect(problems).toEqual([expect.stringMatching(/^content\/lessons\/tiny\.mdx:\d+: <QuickCheck> id "q1": found it already defined on line \d+, expected a unique id$/)]);
  });

  it("reads the key from the options of each kind", async () => {
    const kinds = (kind: string, marks: string) =>
      lesson().replace('<QuickCheck id="q1" bloom="Remember">', `<QuickCheck id="q1" kind="${kind}" bloom="Apply">`)
        .replace("<Option>First</Option>\n<Option correct>Second</Option>", marks);
    const all = await parseLesson(FILE, kinds("choose-all", "<Option correct>First</Option>\n<Option>Second</Option>\n<Option correct>Third</Option>"));
    expect(all.problems).toEqual([]);
    expect(all.lesson?.questions[0]).toMatchObject({ kind: "choose-all", correct: "ac", letters: ["a", "b", "c"] });
    const order = await parseLesson(FILE, kinds("order", "<Option>First</Option>\n<Option>Second</Option>\n<Option>Third</Option>"));
    expect(order.problems).toEqual([]);
    expect(order.lesson?.questions[0]).toMatchObject({ kind: "order", correct: "abc" });
    // A kind of its own hashes apart from a choose-one question with the same words.
    expect(order.lesson?.questions[0]?.hash).not.toBe(all.lesson?.questions[0]?.hash);
  });

  it("numbers a variant as the question it varies and counts the place once", async () => {
    const variant = `<QuickCheck id="q1-b" variantOf="q1" bloom="Remember">\n\nAnother way to ask?\n\n<Option correct>Yes</Option>\n<Option>No</Option>\n\n<Explanation>Why.</Explanation>\n\n</QuickCheck>\n\n</Section>`;
    const { lesson: parsed, problems } = await parseLesson(FILE, lesson().replace("</Section>", variant));
    expect(problems).toEqual([]);
    expect(parsed?.questions.map((q) => [q.id, q.number, q.variantOf, q.sectionId])).toEqual([
      ["q1", 1, null, "one"],
      ["q1-b", 1, "q1", "one"],
    ]);
  });

  it("rejects a variant of a missing question or of another skill, at its line", async () => {
    const variant = (attrs: string) => lesson().replace("</Section>", `<QuickCheck id="q1-b" ${attrs}>\n\nAgain?\n\n<Option correct>Yes</Option>\n<Option>No</Option>\n\n<Explanation>Why.</Explanation>\n\n</QuickCheck>\n\n</Section>`);
    const missing = variant('variantOf="q9" bloom="Remember"');
    expect(await problemsOf(missing)).toEqual([
      `${FILE}:${lineOf(missing, '<QuickCheck id="q1-b"')}: <QuickCheck id="q1-b" variantOf="q9">: found no earlier <QuickCheck id="q9">, expected the id of a question above this one`,
    ]);
    const skill = variant('variantOf="q1" bloom="Apply"');
    expect(await problemsOf(skill)).toEqual([
      `${FILE}:${lineOf(skill, '<QuickCheck id="q1-b"')}: <QuickCheck id="q1-b" variantOf="q1">: found bloom="Apply" where "q1" has bloom="Remember", expected the same skill`,
    ]);
  });

  it("rejects a question whose options do not fit its kind, at the question's line", async () => {
    const source = lesson().replace('<QuickCheck id="q1" bloom="Remember">', '<QuickCheck id="q1" kind="order" bloom="Apply">');
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "<QuickCheck")}: <QuickCheck id="q1" kind="order">: found 2 <Option>, expected 3 to 6 for put in order`,
      `${FILE}:${lineOf(source, "<QuickCheck")}: <QuickCheck id="q1" kind="order">: found 1 <Option correct>, expected none (write the options in the right order; learners see them shuffled)`,
    ]);
    const unmarked = lesson().replace("<Option correct>Second</Option>", "<Option>Second</Option>");
    expect(await problemsOf(unmarked)).toEqual([
      `${FILE}:${lineOf(unmarked, "<QuickCheck")}: <QuickCheck id="q1">: found 0 <Option correct>, expected exactly 1 (mark the right option; for several right options use kind="choose-all")`,
    ]);
    const unknown = lesson().replace('<QuickCheck id="q1" bloom="Remember">', '<QuickCheck id="q1" kind="matching" bloom="Remember">');
    expect((await problemsOf(unknown))[0]).toContain('<QuickCheck> attribute "kind": found "matching", expected one of "choose-one", "choose-all", "order"');
  });

  it("rejects an unknown component with its line", async () => {
    const source = lesson().replace("Read [the section](#one).", "<Sparkle />");
    const [problem, ...rest] = await problemsOf(source);
    expect(rest).toEqual([]);
    expect(problem).toMatch(`${FILE}:${lineOf(source, "<Sparkle")}: found the unknown component <Sparkle>, expected one of <Section>, <PathCards>`);
  });

  it("accepts a <ScimLab> and records the challenges it offers, for XP", async () => {
    const source = lesson({ front: { subjects: "[scim]" } }).replace("</Section>", '</Section>\n\n<ScimLab id="lab" title="Lab" challenges="provision, offboard">\n\nTry it.\n\n</ScimLab>');
    const { lesson: parsed, problems } = await parseLesson(FILE, source);
    expect(problems).toEqual([]);
    expect(parsed?.labChallenges).toEqual(["provision", "offboard"]);
  });

  it("rejects an unknown lab challenge, and the rehire without Sam's stale account", async () => {
    const unknown = lesson({ front: { subjects: "[scim]" } }).replace("</Section>", '</Section>\n\n<ScimLab id="lab" title="Lab" challenges="provision, delete-user" />');
    expect(await problemsOf(unknown)).toEqual([
      expect.stringMatching(/^content\/lessons\/tiny\.mdx:\d+: <ScimLab> attribute "challenges": found "provision, delete-user", expected a comma-separated list of: provision, surname, offboard, rehire, group-push$/),
    ]);
    const noSam = lesson({ front: { subjects: "[scim]" } }).replace("</Section>", '</Section>\n\n<ScimLab id="lab" title="Lab" challenges="rehire" users="priya" />');
    const [problem] = await problemsOf(noSam);
    expect(problem).toMatch(/<ScimLab> attribute "users".*`users` to include `sam`/);
  });

  it("rejects a #link to a section that does not exist", async () => {
    const source = lesson().replace("(#one)", "(#two)");
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "Read [the")}: link [the section]: found a link to "#two", which is not on the page; expected one of #one, #q1, #glossary, #sources`,
    ]);
  });

  it("rejects a glossary term defined twice, on the second term's line", async () => {
    const glossary = "\n  - term: SCIM\n    definition: A standard.\n  - term: scim\n    definition: Again.";
    const source = lesson({ front: { glossary } });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "term: scim")}: frontmatter field "glossary[1].term": found "scim" already defined at glossary[0], expected each term once`,
    ]);
  });

  it("rejects a pass mark outside 1–100 on its line", async () => {
    for (const value of ["170", "0", "7.5", "\"70%\""]) {
      const source = lesson({ front: { passMark: value } });
      const problems = await problemsOf(source);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${FILE}:${lineOf(source, "passMark:")}: frontmatter field "passMark": found `));
    }
  });

  it("takes the pass mark from the frontmatter, 70% by default", async () => {
    expect((await parseLesson(FILE, lesson())).lesson?.frontmatter.passMark).toBe(70);
    expect((await parseLesson(FILE, lesson({ front: { passMark: "80" } }))).lesson?.frontmatter.passMark).toBe(80);
  });

  it("rejects frontmatter data that no component shows, naming both", async () => {
    const source = lesson({ body: lesson().split("---\n").at(-1)!.replace("<Glossary />", "") });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "glossary:")}: frontmatter field "glossary": found data that no component shows, expected <Glossary /> in the body to show it (or remove the field)`,
    ]);
  });

  it("checks images: alt text, a file in public/, from the site root, on this host", async () => {
    const withImage = (markdown: string) => lesson().replace("Read [the section](#one).", `Read [the section](#one).\n\n${markdown}`);
    const problemOf = async (markdown: string) => {
      const source = withImage(markdown);
      const problems = await problemsOf(source);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${FILE}:${lineOf(source, markdown.slice(0, 6))}: `));
      return problems[0];
    };
    expect(await problemsOf(withImage("![The logo](/apple-touch-icon.png)"))).toEqual([]);
    expect(await problemOf('<img src="/apple-touch-icon.png" />')).toContain('<img src="/apple-touch-icon.png">: found no alt attribute, expected a short description');
    expect(await problemOf('<img src="/apple-touch-icon.png" alt="" />')).toContain("found an empty alt text");
    expect(await problemOf("![A chart](chart.png)")).toContain('found the relative path "chart.png", expected a path from the site root');
    expect(await problemOf("![A chart](https://example.com/chart.png)")).toContain("found an address on another host, expected a file in public/");
    expect(await problemOf("![A chart](/lessons/tiny/chart.png)")).toContain("found no file public/lessons/tiny/chart.png");
  });

  it("numbers figures in order: <Figure>, and a Markdown image alone in its paragraph with a title", async () => {
    const source = lesson().replace(
      "Read [the section](#one).",
      'Read [the section](#one).\n\n<Figure src="/apple-touch-icon.png" alt="The logo" caption="The logo, large" />\n\n![The logo again](/apple-touch-icon.png "The logo, once more")\n\nInline ![the logo](/apple-touch-icon.png "not a figure") in a sentence.',
    );
    const { lesson: parsed, problems } = await parseLesson(FILE, source);
    expect(problems).toEqual([]);
    expect(parsed?.figures).toBe(2);
    expect(parsed?.code).toMatch(/caption: "The logo, large",[\s\S]*number: "1"/);
    expect(parsed?.code).toMatch(/caption: "The logo, once more",[\s\S]*number: "2"/);
    expect(parsed?.code).toMatch(/width: "\d+"/);
    expect(await problemsOf(lesson().replace("Read [the section](#one).", '![](/apple-touch-icon.png "A caption, no alt")'))).toContainEqual(
      expect.stringContaining("found an empty alt text"),
    );
  });

  it("adds the base path to site-root image paths in BASE_PATH builds", async () => {
    const previous = process.env.BASE_PATH;
    process.env.BASE_PATH = "/learn";
    try {
      const source = lesson().replace("Read [the section](#one).", "![The logo](/apple-touch-icon.png)\n\n<img src=\"/apple-touch-icon.png\" alt=\"The logo\" />");
      const { lesson: parsed } = await parseLesson(FILE, source);
      expect(parsed?.code).toContain('"/learn/apple-touch-icon.png"');
      expect(parsed?.code).not.toMatch(/"\/apple-touch-icon\.png"/);
    } finally {
      if (previous === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = previous;
    }
  });

  it("rejects a slug that does not match the file name", async () => {
    const source = lesson({ front: { slug: "other" } });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "slug:")}: frontmatter field "slug": found "other", expected "tiny" (the file name without .mdx)`,
    ]);
  });

  it("reports MDX syntax errors with their line", async () => {
    const problems = await problemsOf(lesson().replace("<Option>First</Option>", "<Option>First"));
    expect(problems[0]).toMatch(/^content\/lessons\/tiny\.mdx:\d+: MDX syntax: /);
  });
});

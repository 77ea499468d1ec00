/**
 * The citation checks: each problem names the file and the line to fix, what was found and what
 * was expected; a lesson that cites every source from every section, at every level, passes.
 */
import { describe, expect, it } from "vitest";
import { citeInfo, citedIds } from "./citations";
import { parseLesson } from "./load";
import { formatProblem } from "./problems";

const FILE = "content/lessons/cited.mdx";

const SOURCES = `sources:
  - id: okta-scim-concepts
    publisher: "Okta Developer"
    title: "Understanding SCIM and Okta provisioning concepts"
    url: "https://developer.okta.com/docs/concepts/scim/"
  - id: rfc-7644
    publisher: "IETF"
    title: "RFC 7644: SCIM Protocol"
    url: "https://www.rfc-editor.org/rfc/rfc7644"`;

const BODY = `
<Section id="one" title="One">

Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />

</Section>

<Section id="two" title="Two">

SCIM defines the \`/Users\` endpoint.<Cite src="rfc-7644 okta-scim-concepts" />

</Section>

<Sources />
`;

function lesson({ levels = "[L1, L2, L3]", dates = 'date: "2026-06-20"', sources = SOURCES, body = BODY } = {}): string {
  return `---
title: "Cited"
slug: cited
track: ["Okta"]
levels: ${levels}
${dates}
duration: 5
subtitle: "A lesson whose sections cite their sources."
description: "A lesson for the citation checks."
quickAnswer: "Every section cites its sources."
objectives:
  - "Cite each source"
  - "Cite in each section"
${sources}
---
${body}`;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(source: string, needle: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

async function problemsOf(source: string): Promise<string[]> {
  return (await parseLesson(FILE, source)).problems.map(formatProblem);
}

describe("citation checks", () => {
  it("accept a lesson that cites every source from every section", async () => {
    const { lesson: parsed, problems } = await parseLesson(FILE, lesson());
    expect(problems).toEqual([]);
    expect(parsed?.frontmatter.sources.map((s) => s.id)).toEqual(["okta-scim-concepts", "rfc-7644"]);
  });

  it("name a cited id that no source has, on the citation's line, with the ids that exist", async () => {
    const source = lesson({ body: BODY.replace('src="rfc-7644 okta-scim-concepts"', 'src="rfc-7643 rfc-7644"') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "rfc-7643")}: <Cite src="rfc-7643 rfc-7644">: found the source id "rfc-7643", which no source has; expected one of the ids in the frontmatter's sources (okta-scim-concepts, rfc-7644)`,
    ]);
  });

  it("say there are no sources when a lesson cites without any", async () => {
    const source = lesson({ sources: "", body: BODY.replace(/<Cite src="[^"]*" \/>/g, '<Cite src="rfc-7644" />') });
    const problems = (await problemsOf(source)).filter((p) => p.includes("<Cite"));
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toContain('found the source id "rfc-7644", which no source has; expected an id from the frontmatter field "sources", which has no entries');
  });

  it("name a source that nothing cites, on its id's line", async () => {
    const source = lesson({ body: BODY.replace('src="rfc-7644 okta-scim-concepts"', 'src="okta-scim-concepts"') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "id: rfc-7644")}: frontmatter field "sources[1]": found the source "rfc-7644" cited nowhere, expected at least one <Cite src="rfc-7644" /> in the body (or remove the source)`,
    ]);
  });

  it("name a section without a citation, on the section's line", async () => {
    const source = lesson({ body: BODY.replace('Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />', "Okta provisions accounts over SCIM.") });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, '<Section id="one"')}: <Section id="one">: found no <Cite>, expected at least one citation of the sources its facts come from`,
    ]);
  });

  it("do not count a citation outside every section for a section", async () => {
    const body = BODY.replace('Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />', "Okta provisions accounts over SCIM.").replace(
      "<Sources />",
      'Sources follow.<Cite src="okta-scim-concepts" />\n\n<Sources />',
    );
    expect(await problemsOf(lesson({ body }))).toEqual([expect.stringContaining('<Section id="one">: found no <Cite>')]);
  });

  it("name the levels at which a section shows no citation", async () => {
    const body = BODY.replace(
      'Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />',
      'Okta provisions accounts over SCIM.\n\n<Level min="L2">\n\nIt sends SCIM requests.<Cite src="okta-scim-concepts" />\n\n</Level>',
    );
    const source = lesson({ body });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, '<Section id="one"')}: <Section id="one">: found no <Cite> shown at L1, expected at least one citation at every level the lesson offers (L1, L2, L3); place one outside <Level>`,
    ]);
  });

  it("accept citations that together cover every level, and ask only for the levels the lesson offers", async () => {
    const split = BODY.replace(
      'Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />',
      '<Level max="L1">\n\nOkta sets up accounts for you.<Cite src="okta-scim-concepts" />\n\n</Level>\n\n<Level min="L2">\n\nOkta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />\n\n</Level>',
    );
    expect(await problemsOf(lesson({ body: split }))).toEqual([]);
    const l2Only = BODY.replace(
      'Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />',
      '<Level min="L2" max="L2">\n\nOkta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />\n\n</Level>',
    );
    expect(await problemsOf(lesson({ levels: "[L2]", body: l2Only }))).toEqual([]);
    expect(await problemsOf(lesson({ body: l2Only }))).toEqual([expect.stringContaining('<Section id="one">: found no <Cite> shown at L1, L3')]);
  });

  it("name a source id used twice, on the second id's line", async () => {
    const sources = SOURCES.replace("id: rfc-7644", "id: okta-scim-concepts");
    const source = lesson({ sources, body: BODY.replace('src="rfc-7644 okta-scim-concepts"', 'src="okta-scim-concepts"') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${source.split("\n").findLastIndex((l) => l.includes("id: okta-scim-concepts")) + 1}: frontmatter field "sources[1].id": found "okta-scim-concepts" already used by sources[0], expected each source id once`,
    ]);
  });

  it("reject a source without an id, or with an id that is not kebab-case", async () => {
    const missing = lesson({ sources: SOURCES.replace("  - id: rfc-7644\n    publisher", "  - publisher") });
    expect(await problemsOf(missing)).toEqual([`${FILE}:${lineOf(missing, 'publisher: "IETF"')}: frontmatter field "sources[1].id": found nothing, expected a text`]);
    const upper = lesson({ sources: SOURCES.replace("id: rfc-7644", "id: RFC_7644") });
    expect(await problemsOf(upper)).toEqual([
      `${FILE}:${lineOf(upper, "id: RFC_7644")}: frontmatter field "sources[1].id": found "RFC_7644", expected a kebab-case source id such as \`okta-scim-concepts\``,
    ]);
  });

  it("name an id written twice in one citation", async () => {
    const source = lesson({ body: BODY.replace('src="rfc-7644 okta-scim-concepts"', 'src="rfc-7644 rfc-7644"') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, 'src="rfc-7644 rfc-7644"')}: <Cite src="rfc-7644 rfc-7644">: found the source id "rfc-7644" twice, expected each source once per citation`,
    ]);
  });

  it("reject a src that is not a list of ids", async () => {
    const source = lesson({ body: BODY.replace('src="rfc-7644 okta-scim-concepts"', 'src="RFC 7644, okta-scim-concepts"') });
    expect(await problemsOf(source)).toContain(
      `${FILE}:${lineOf(source, 'src="RFC 7644')}: <Cite> attribute "src": found "RFC 7644, okta-scim-concepts", expected one or more source ids separated by spaces, such as \`okta-scim-concepts rfc-7644\``,
    );
  });

  it("ask for the Sources list when the lesson cites", async () => {
    const source = lesson({ body: BODY.replace("<Sources />", "") });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "sources:")}: frontmatter field "sources": found data that no component shows, expected <Sources /> in the body to show it (or remove the field)`,
    ]);
  });

  it("check only the frontmatter when the body does not compile", async () => {
    const problems = await problemsOf(lesson({ body: BODY.replace("</Section>", "") }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/lessons\/cited\.mdx(:\d+)?: MDX syntax: /);
  });
});

describe("the updated date", () => {
  it("may equal or follow the publication date", async () => {
    expect(await problemsOf(lesson({ dates: 'date: "2026-06-20"\nupdated: "2026-06-20"' }))).toEqual([]);
    const { lesson: parsed } = await parseLesson(FILE, lesson({ dates: 'date: "2026-06-20"\nupdated: "2026-11-30"' }));
    expect(parsed?.frontmatter.updated).toBe("2026-11-30");
  });

  it("is rejected before the publication date, on its line", async () => {
    const source = lesson({ dates: 'date: "2026-06-20"\nupdated: "2026-06-19"' });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "updated:")}: frontmatter field "updated": found "2026-06-19", before "date" (2026-06-20); expected the date of the last revision, on or after the publication date`,
    ]);
  });

  it("must be a date", async () => {
    const source = lesson({ dates: 'date: "2026-06-20"\nupdated: "last week"' });
    expect(await problemsOf(source)).toEqual([`${FILE}:${lineOf(source, "updated:")}: frontmatter field "updated": found "last week", expected a date written YYYY-MM-DD`]);
  });
});

describe("citeInfo", () => {
  it("reads the ids, the enclosing section and the levels that show the citation", () => {
    const ancestors: { name: string; attrs: Record<string, string> }[] = [
      { name: "Section", attrs: { id: "outbound" } },
      { name: "Level", attrs: { min: "L2" } },
      { name: "Callout", attrs: { type: "note" } },
      { name: "Level", attrs: { max: "L2" } },
    ];
    expect(citeInfo("  a   b ", 7, ancestors)).toEqual({ ids: ["a", "b"], line: 7, sectionId: "outbound", levels: ["L2"] });
    expect(citeInfo("a", 1, [])).toEqual({ ids: ["a"], line: 1, sectionId: null, levels: ["L1", "L2", "L3"] });
  });

  it("splits src on any run of spaces", () => {
    expect(citedIds("okta-scim-concepts  rfc-7644")).toEqual(["okta-scim-concepts", "rfc-7644"]);
    expect(citedIds("   ")).toEqual([]);
  });
});

describe("source quotes", () => {
  const QUOTED = SOURCES.replace(
    '    url: "https://developer.okta.com/docs/concepts/scim/"',
    `    url: "https://developer.okta.com/docs/concepts/scim/"
    quotes:
      - "Okta uses a soft delete model."
      - "Instead of sending a DELETE request, Okta updates the user resource with active=false."`,
  );

  it("are optional, and kept in order when given", async () => {
    const { lesson: parsed, problems } = await parseLesson(FILE, lesson({ sources: QUOTED }));
    expect(problems).toEqual([]);
    expect(parsed?.frontmatter.sources.map((s) => s.quotes)).toEqual([
      ["Okta uses a soft delete model.", "Instead of sending a DELETE request, Okta updates the user resource with active=false."],
      [],
    ]);
  });

  it("name an elided quote on its own line", async () => {
    const source = lesson({ sources: QUOTED.replace('"Okta uses a soft delete model."', '"Okta uses a soft delete model … with active=false."') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "soft delete model …")}: frontmatter field "sources[0].quotes[0]": found an elided quote ("Okta uses a soft delete model … with active=false."), expected one unbroken passage of the page's exact words (write two quotes instead of leaving words out)`,
    ]);
  });

  it("name a quote written twice, at the second one", async () => {
    const source = lesson({ sources: QUOTED.replace('"Instead of sending a DELETE request, Okta updates the user resource with active=false."', '"Okta uses a soft delete model."') });
    const line = source.split("\n").findLastIndex((l) => l.includes("soft delete model")) + 1;
    expect(await problemsOf(source)).toEqual([`${FILE}:${line}: frontmatter field "sources[0].quotes[1]": found the same words as quotes[0], expected each quote once`]);
  });

  it("ask for the words alone, without quotation marks of their own", async () => {
    const source = lesson({ sources: QUOTED.replace('"Okta uses a soft delete model."', "'“Okta uses a soft delete model.”'") });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, "“Okta uses")}: frontmatter field "sources[0].quotes[0]": found a quote wrapped in quotation marks (“Okta uses a soft delete model.”), expected the words alone: the Sources list adds the marks`,
    ]);
  });

  it("ask for a passage, not a keyword", async () => {
    const source = lesson({ sources: QUOTED.replace('"Okta uses a soft delete model."', '"soft delete"') });
    expect(await problemsOf(source)).toEqual([
      `${FILE}:${lineOf(source, '"soft delete"')}: frontmatter field "sources[0].quotes[0]": found "soft delete", 2 words, expected a passage of at least 3 words that a reader can find on the page`,
    ]);
  });

  it("reject an empty quote or one longer than a passage", async () => {
    const empty = lesson({ sources: QUOTED.replace('"Okta uses a soft delete model."', '""') });
    expect(await problemsOf(empty)).toEqual([`${FILE}:${lineOf(empty, '- ""')}: frontmatter field "sources[0].quotes[0]": found "", expected a non-empty text`]);
    const long = lesson({ sources: QUOTED.replace('"Okta uses a soft delete model."', `"${"word ".repeat(100).trim()}"`) });
    expect((await problemsOf(long))[0]).toMatch(/^content\/lessons\/cited\.mdx:\d+: frontmatter field "sources\[0\]\.quotes\[0\]": found .*, expected at most 400 characters: the passage the lesson relies on, not the page$/);
  });
});

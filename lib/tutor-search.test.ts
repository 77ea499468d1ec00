import { readFileSync } from "node:fs";
import path from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { Nodes, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { frontmatterSchema } from "@/lib/content/frontmatter";
import { LEVELS, type Level } from "@/lib/content/levels";
import { suggestedDocs, tutorDocs } from "./tutor-docs";
import { createTutorSearch, expandQuery, processTerm, stem, type TutorDoc } from "./tutor-search";

const file = path.join(process.cwd(), "content/lessons/okta-scim-provisioning.mdx");
const raw = readFileSync(file, "utf8");
const parsed = matter(raw, { engines: { yaml: (s) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object } });
const fm = frontmatterSchema.parse(parsed.data);

const attr = (node: MdxJsxFlowElement, name: string) => {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
};

/** The lesson's paragraphs and list items per section, as the dialog reads them from the page. */
function passages(): TutorDoc[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(parsed.content) as Root;
  const docs: TutorDoc[] = [];
  const walk = (node: Nodes, section: { id: string; title: string } | null, level: Level | null) => {
    if (node.type === "mdxJsxFlowElement" && node.name === "Section") section = { id: attr(node, "id") ?? "", title: attr(node, "title") ?? "" };
    if (node.type === "mdxJsxFlowElement" && (node.name === "QuickCheck" || node.name === "WrapUp")) return;
    if (node.type === "mdxJsxFlowElement" && node.name === "Level") {
      const min = attr(node, "min");
      const max = attr(node, "max");
      level = max === "L1" ? "L1" : min === "L3" ? "L3" : level;
    }
    if (section && (node.type === "paragraph" || node.type === "listItem")) {
      docs.push({ id: `p${docs.length}`, kind: "passage", title: "", text: toString(node), section: section.id, level });
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child as Nodes, section, level);
  };
  walk(tree, null, null);
  return docs;
}

const search = createTutorSearch([...tutorDocs(fm.tutor, fm.glossary), ...passages()], fm.tutorSynonyms);

describe("the tutor's word handling", () => {
  it("stems plurals and verb forms to one word", () => {
    expect(stem("users")).toBe(stem("user"));
    expect(stem("deletes")).toBe(stem("delete"));
    expect(stem("deleted")).toBe(stem("delete"));
    expect(stem("pushes")).toBe(stem("push"));
    expect(stem("process")).toBe("process");
  });

  it("drops the words a question is phrased with", () => {
    expect(processTerm("Does")).toBeNull();
    expect(processTerm("what")).toBeNull();
    expect(processTerm("SCIM?")).toBe("scim");
  });

  it("adds the lesson's synonyms for a word or a phrase in the query", () => {
    expect(expandQuery("Does Okta delete users?", { delete: ["deactivate"] })).toBe("Does Okta delete users? deactivate");
    expect(expandQuery("how long does it take", { "how long": ["minutes"] })).toContain("minutes");
    expect(expandQuery("deleted", { delete: ["deactivate"] })).toBe("deleted");
  });
});

describe("the tutor finds answers to questions in the learner's words", () => {
  it("“Does Okta delete users?” → whether Okta ever deletes a user's account in an app", () => {
    const [top] = search.search("Does Okta delete users?");
    expect(top?.doc.title).toBe("Does Okta ever delete a user's account in an app?");
  });

  it("“how long does group push take” → how long Group Push takes, from the lifecycle section", () => {
    const [top] = search.search("how long does group push take");
    expect(top?.doc.title).toBe("How long does Group Push take to reach the app?");
    expect(top?.doc.section).toBe("lifecycle");
  });

  it("“what is SCIM” → the definition of SCIM 2.0, not Sync Password", () => {
    const [top] = search.search("what is SCIM");
    expect(top?.doc.kind).toBe("glossary");
    expect(top?.doc.title).toMatch(/^What is SCIM 2\.0\?/);
    expect(top?.doc.text).toMatch(/System for Cross-domain Identity Management/);
  });

  it("tolerates a typo and a word cut short", () => {
    expect(search.search("deactivaton")[0]?.doc.text).toMatch(/deactivat/i);
    expect(search.search("provisio").length).toBeGreaterThan(0);
  });

  it("marks every curated answer with a reading level", () => {
    for (const doc of tutorDocs(fm.tutor, fm.glossary)) expect(LEVELS).toContain(doc.level);
  });

  it("finds nothing for nonsense, then suggests the nearest questions and a section to read", () => {
    expect(search.search("zebra quantum")).toEqual([]);
    const near = search.nearest("suspnding a usr");
    expect(near.questions.map((q) => q.title)).toContain("Does suspending a user in Okta change anything in the app?");
    expect(near.section).not.toBeNull();
  });
});

/** The curated question or glossary term the lesson itself words so, read from its frontmatter. */
function asked(question: string): string {
  const entry = fm.tutor.find((e) => e.question === question);
  if (!entry) throw new Error(`the lesson has no tutor question "${question}"`);
  return entry.question;
}
function term(name: string): RegExp {
  const entry = fm.glossary.find((g) => g.term === name);
  if (!entry) throw new Error(`the lesson's glossary has no term "${name}"`);
  return new RegExp(`^What is ${entry.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\?`);
}

/** Plain questions, misspelt or in other words, and the answer that must come first. */
const ranking: [string, string | RegExp][] = [
  ["what's the difference between push groups and assignment", asked("How is Group Push different from assigning a group to the app?")],
  ["why did my user not get deactivated", asked("Why was my user not deactivated in the app?")],
  ["group push vs assigning a group", asked("How is Group Push different from assigning a group to the app?")],
  ["does okta delete users", asked("Does Okta ever delete a user's account in an app?")],
  ["does okta use put or patch", asked("Does Okta send PUT or PATCH when a user's profile changes?")],
  ["patch or put", asked("Does Okta send PUT or PATCH when a user's profile changes?")],
  ["updating a user profile", asked("Does Okta send PUT or PATCH when a user's profile changes?")],
  ["which endpoints does okta call", asked("Which SCIM endpoints does Okta actually call on my server?")],
  ["what does okta call on my server", asked("Which SCIM endpoints does Okta actually call on my server?")],
  ["how do i test my scim server", asked("How can I test my SCIM server before I connect it to Okta?")],
  ["test scim sever before conecting", asked("How can I test my SCIM server before I connect it to Okta?")],
  ["what does 409 mean", asked("What does a 409 Conflict from the SCIM server mean?")],
  ["409 conflcit", asked("What does a 409 Conflict from the SCIM server mean?")],
  ["what does sync pasword need", asked("What does Sync Password need?")],
  ["where are inbound settings", asked("Where are the inbound provisioning settings in the Admin Console?")],
  ["how often do imports run", asked("How often do inbound imports run?")],
  ["can workday push users into okta", asked("Can Workday or BambooHR push users into an Okta SCIM API?")],
  ["bamboohr push into okta", asked("Can Workday or BambooHR push users into an Okta SCIM API?")],
  ["how long does group push take", asked("How long does Group Push take to reach the app?")],
  ["how quickly do group changes reach the app", asked("How long does Group Push take to reach the app?")],
  ["where do i see errors", asked("Where do I see SCIM errors in the System Log?")],
  ["what happens when i suspend a user", asked("Does suspending a user in Okta change anything in the app?")],
  ["suspnded user", asked("Does suspending a user in Okta change anything in the app?")],
  ["what is scim", term("SCIM 2.0")],
  ["what is the oin", term("OIN (Okta Integration Network)")],
  ["what is group push", term("Group Push")],
  ["what is outbound provisioning", term("Outbound provisioning")],
  ["what's inbound provisoning", term("Inbound provisioning")],
  ["what is attribute mapping", term("Attribute mapping")],
  ["what is expression language", term("Okta Expression Language")],
];

describe("the tutor's first answer is the question asked", () => {
  it.each(ranking)("“%s”", (query, expected) => {
    const [top] = search.search(query);
    if (typeof expected === "string") expect(top?.doc.title).toBe(expected);
    else expect(top?.doc.title).toMatch(expected);
  });

  it("a curated question that is the question asked outranks the glossary and the passages", () => {
    const hits = search.search("what's the difference between push groups and assignment");
    expect(hits[0]?.doc.kind).toBe("question");
    expect(hits.findIndex((h) => h.doc.kind === "glossary")).toBeGreaterThan(0);
  });

  it("has no answer for a question the lesson does not cover, and still offers the nearest topics", () => {
    for (const query of ["how do I bake sourdough bread", "weather in paris tomorrow", "best pizza in town"]) {
      expect(search.search(query), query).toEqual([]);
    }
  });
});

describe("the tutor at L1", () => {
  it("suggests the L1 questions first, then the others, each in the lesson's order", () => {
    const l1 = fm.tutor.filter((e) => e.level === "L1").map((e) => e.question);
    const others = fm.tutor.filter((e) => e.level !== "L1").map((e) => e.question);
    expect(l1.length).toBeGreaterThan(0);
    expect(suggestedDocs(fm.tutor, "L1").map((d) => d.title)).toEqual([...l1, ...others]);
    expect(suggestedDocs(fm.tutor, "L2").map((d) => d.title)).toEqual(fm.tutor.map((e) => e.question));
  });

  it("its L1 answers cite no RFC section numbers", () => {
    for (const entry of fm.tutor.filter((e) => e.level === "L1")) {
      expect(entry.answer, entry.question).not.toMatch(/§|\bRFC\s*\d+\s*(?:section|sec\.)|\bsection\s+\d+(?:\.\d+)+/i);
    }
  });
});

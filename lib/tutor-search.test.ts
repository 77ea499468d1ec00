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
import { tutorDocs } from "./tutor-docs";
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

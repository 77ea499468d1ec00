import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { listLessonFiles, parseLesson } from "./load";

/** Lowercase words only: punctuation, backticks and spacing don't hide a copied sentence. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The prose of each <Explanation> in the MDX body, tags and markdown marks removed. */
function explanations(mdx: string): string[] {
  return [...mdx.matchAll(/<Explanation>([\s\S]*?)<\/Explanation>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, " "));
}

/** Sentences long enough to be a real quote (five words or more). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map(normalise)
    .filter((s) => s.split(" ").length >= 5);
}

describe("the AI Tutor does not give the assessment away", async () => {
  const files = await listLessonFiles();
  it.each(files)("%s: no tutor answer quotes an explanation sentence", async (file) => {
    const { lesson, problems } = await parseLesson(file);
    expect(problems).toEqual([]);
    const quoted = explanations(await readFile(file, "utf8")).flatMap(sentences);
    expect(quoted.length).toBeGreaterThanOrEqual(lesson?.questions.length ?? 1);
    for (const entry of lesson?.frontmatter.tutor ?? []) {
      const answer = normalise(entry.answer);
      for (const sentence of quoted) expect(answer, `tutor answer to "${entry.question}"`).not.toContain(sentence);
    }
  });

  it("would catch a copied sentence", () => {
    const [sentence] = sentences("Group Push is the dedicated Okta feature for syncing memberships. Short one.");
    expect(normalise("As the docs say: `Group Push` is the dedicated Okta feature for syncing memberships!")).toContain(sentence);
  });
});

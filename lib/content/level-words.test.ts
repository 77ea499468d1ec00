import path from "node:path";
import { describe, expect, it } from "vitest";
import { countWords, describeLevelWords, l1Share, L1_SHARE_OF_L2, readingMinutes } from "./level-words";
import { listLessonFiles, parseLesson } from "./load";
import { TINY_LESSON_FILE, tinyLesson } from "./tiny-lesson.test-helper";

const lesson = (body: string) => tinyLesson(body, { duration: 10, about: "the word counts" });
const file = TINY_LESSON_FILE;

async function words(body: string) {
  const { lesson: parsed, problems } = await parseLesson(file, lesson(body));
  expect(problems).toEqual([]);
  return parsed!.words;
}

describe("countWords", () => {
  it("counts runs that hold a letter or digit, not punctuation alone", () => {
    expect(countWords("Okta sends a PATCH — then 204.")).toBe(6);
    expect(countWords("  \n ")).toBe(0);
  });
});

describe("words per reading level", () => {
  it("counts text outside <Level> at every level and each passage only at the levels that show it", async () => {
    const counted = await words(
      [
        "Shared words here.", // 3 at every level
        '<Level max="L1">\n\nOne two.\n\n</Level>', // L1 only
        '<Level min="L2">\n\nThree four five six.\n\n</Level>', // L2 and L3
        '<Level min="L3">\n\n```http\nPATCH /scim/v2/Users/1 HTTP/1.1\n```\n\n</Level>', // L3 only: 3 tokens
        '<Level min="L2" max="L2">\n\nOnly at `L2`.\n\n</Level>', // L2 only: 3
      ].join("\n\n"),
    );
    expect(counted).toEqual({ L1: 3 + 2, L2: 3 + 4 + 3, L3: 3 + 4 + 3 });
  });

  it("counts a passage nested in another only at the levels both allow", async () => {
    const counted = await words('<Level min="L2">\n\nOuter.\n\n<Level max="L2">\n\nInner words.\n\n</Level>\n\n</Level>');
    expect(counted).toEqual({ L1: 0, L2: 3, L3: 1 });
  });

  it("counts the real lesson, with L3 the longest", async () => {
    const { lesson: real } = await parseLesson(path.join(process.cwd(), "content/lessons/okta-scim-provisioning.mdx"));
    expect(real?.words.L2).toBeGreaterThan(1000);
    expect(real!.words.L3).toBeGreaterThan(real!.words.L2);
  });
});

describe("readingMinutes", () => {
  it("keeps the frontmatter duration for L2 and scales the others by their words", () => {
    expect(readingMinutes(15, { L1: 2000, L2: 4000, L3: 6000 })).toEqual({ L1: 8, L2: 15, L3: 23 });
  });

  it("never promises less than a minute, and falls back to the duration without L2 words", () => {
    expect(readingMinutes(15, { L1: 1, L2: 4000, L3: 4000 }).L1).toBe(1);
    expect(readingMinutes(5, { L1: 0, L2: 0, L3: 0 })).toEqual({ L1: 5, L2: 5, L3: 5 });
  });
});

describe("describeLevelWords", () => {
  it("prints each level and L1's share of L2", () => {
    expect(describeLevelWords({ L1: 2236, L2: 3981, L3: 5322 })).toBe("L1 2,236 · L2 3,981 · L3 5,322 words (L1 is 56% of L2)");
  });

  it("reminds the author when L1 carries more than the guide's share of L2", () => {
    expect(describeLevelWords({ L1: 3514, L2: 3939, L3: 5280 })).toBe(
      "L1 3,514 · L2 3,939 · L3 5,280 words (L1 is 89% of L2, more than the 60% a beginner's read should be)",
    );
  });

  it("names the blocks that weigh most at L1, and how to give them L1 versions, when L1 is too heavy", async () => {
    const body = `
<Callout type="note" title="Aside">

One two three four five six seven eight nine ten.

</Callout>

<FlipCards>

<FlipCard icon="book-open" title="Card">

One two three.

<Level min="L2">

Detail only from L2 that L1 never reads at all here.

</Level>

</FlipCard>

</FlipCards>
`;
    const { lesson: parsed } = await parseLesson(file, lesson(body));
    expect(parsed?.l1Blocks).toEqual([
      { block: "Callout", words: 10 },
      { block: "FlipCards", words: 3 },
    ]);
    const line = describeLevelWords({ L1: 900, L2: 1000, L3: 1200 }, ["L1", "L2", "L3"], parsed!.l1Blocks);
    expect(line).toContain("(L1 is 90% of L2, more than the 60% a beginner's read should be. L1 reads most in <Callout> 10, <FlipCards> 3 words;");
    expect(line).toContain('move its detail into <Level min="L2"> inside it');
    expect(line).toContain('a short <Level max="L1"> version beside it');
    expect(describeLevelWords({ L1: 500, L2: 1000, L3: 1200 }, ["L1", "L2", "L3"], parsed!.l1Blocks)).not.toContain("reads most");
  });

  it("prints only the levels the lesson offers, and a share only when it offers L1 and L2", () => {
    expect(describeLevelWords({ L1: 900, L2: 900, L3: 900 }, ["L2"])).toBe("L2 900 words");
    expect(describeLevelWords({ L1: 900, L2: 900, L3: 1200 }, ["L2", "L3"])).toBe("L2 900 · L3 1,200 words");
  });
});

describe("the lessons in content/", () => {
  it("keep L1 a beginner's read: at most 60% of L2's words, and about half its reading time", async () => {
    const files = await listLessonFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { lesson: parsed, problems } = await parseLesson(file);
      expect(problems).toEqual([]);
      if (!parsed || !parsed.frontmatter.levels.includes("L1")) continue;
      expect(l1Share(parsed.words), `${file}: ${describeLevelWords(parsed.words)}`).toBeLessThanOrEqual(L1_SHARE_OF_L2);
      const minutes = readingMinutes(parsed.frontmatter.duration, parsed.words);
      expect(minutes.L1, file).toBeLessThanOrEqual(Math.round(minutes.L2 * L1_SHARE_OF_L2));
    }
  });
});

import { describe, expect, it } from "vitest";
import { offeredLevel, startLevel } from "./levels";
import { TINY_LESSON_FILE, tinyLesson } from "./tiny-lesson.test-helper";
import { parseLesson } from "./load";
import { formatProblem } from "./problems";

const lesson = (body: string) => tinyLesson(body, { about: "the reading-level checks" });
const file = TINY_LESSON_FILE;

describe("reading levels in <Level>", () => {
  it("accepts the three documented levels", async () => {
    const { problems, lesson: parsed } = await parseLesson(file, lesson(`\n<Level min="L1" max="L2">\n\nBasics.\n\n</Level>\n\n<Level min="L3">\n\nDepth.\n\n</Level>\n`));
    expect(problems).toEqual([]);
    expect(parsed?.slug).toBe("tiny-lesson");
  });

  it("rejects min=\"L4\", naming the line, the value and the allowed levels", async () => {
    const { problems, lesson: parsed } = await parseLesson(file, lesson(`\nIntro paragraph.\n\n<Level min="L4">\n\nToo deep.\n\n</Level>\n`));
    expect(parsed).toBeUndefined();
    expect(problems).toHaveLength(1);
    const problem = problems[0];
    if (!problem) throw new Error("expected one problem");
    // Frontmatter is lines 1–14, then a blank line, the intro, a blank line, and <Level> on line 18.
    expect(problem.line).toBe(18);
    expect(problem.message).toContain('"L4"');
    expect(problem.message).toContain("min");
    for (const allowed of ["L1", "L2", "L3"]) expect(problem.message).toContain(`"${allowed}"`);
    expect(formatProblem(problem)).toMatch(/tiny-lesson\.mdx:18: /);
  });

  it("rejects an unknown level in max too", async () => {
    const { problems } = await parseLesson(file, lesson(`\n<Level max="L0">\n\nNothing.\n\n</Level>\n`));
    expect(problems.map((p) => p.message).join("\n")).toMatch(/max.*"L0".*"L1", "L2", "L3"/);
  });
});

describe("the level a reader starts at", () => {
  it("is the default level when the lesson offers it, else the lesson's first level", () => {
    expect(startLevel(["L1", "L2", "L3"])).toBe("L2");
    expect(startLevel(["L3"])).toBe("L3");
    expect(startLevel(["L1", "L3"])).toBe("L1");
  });

  it("keeps a saved level only while the lesson offers it", () => {
    expect(offeredLevel("L3", ["L2", "L3"])).toBe("L3");
    expect(offeredLevel("L1", ["L2", "L3"])).toBe("L2");
    expect(offeredLevel("L2", ["L3"])).toBe("L3");
    expect(offeredLevel(undefined, ["L1", "L3"])).toBe("L1");
  });
});

describe("levels a lesson does not offer", () => {
  it("rejects a <Level> passage no offered level shows, at the passage's line, L2 included", async () => {
    const source = lesson(`\n<Level min="L2" max="L2">\n\nMiddle.\n\n</Level>\n`).replace("levels: [L1, L2, L3]", "levels: [L1, L3]");
    const { problems } = await parseLesson(file, source);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `16: <Level min="L2" max="L2">: found a passage only L2 would show, and "levels" is [L1, L3], expected a level the lesson offers (add L2 to "levels", or change the attribute)`,
    ]);
  });

  it("reports a passage with min above max once, as that mistake", async () => {
    const { problems } = await parseLesson(file, lesson(`\n<Level min="L3" max="L1">\n\nNowhere.\n\n</Level>\n`));
    expect(problems.map((p) => p.message)).toEqual([`<Level>: found min="L3" above max="L1", expected min at or below max`]);
  });

  it("accepts a passage from L2 up in a lesson that offers L1 and L2 only: L2 readers see it", async () => {
    const source = lesson(`\n<Level max="L1">\n\nPlain.\n\n</Level>\n\n<Level min="L2">\n\nDetail.\n\n</Level>\n`).replace("levels: [L1, L2, L3]", "levels: [L1, L2]");
    const { problems } = await parseLesson(file, source);
    expect(problems).toEqual([]);
  });

  it("rejects a demo whose wire lines start at a level the lesson does not offer", async () => {
    const demo = `\n<Demo id="d" title="A demo" source="A" target="B" wireFrom="L3">\n\n<DemoStep title="Ask" packet="to-target" wire="GET /x">\n\nA asks.\n\n</DemoStep>\n\n<DemoStep title="Answer" packet="to-source" wire="HTTP/1.1 200 OK">\n\nB answers.\n\n</DemoStep>\n\n</Demo>\n`;
    const offered = await parseLesson(file, lesson(demo));
    expect(offered.problems).toEqual([]);
    const { problems } = await parseLesson(file, lesson(demo).replace("levels: [L1, L2, L3]", "levels: [L1, L2]"));
    expect(problems.map((p) => p.message)).toEqual([
      `<Demo wireFrom="L3">: found wire lines only L3 would show, and "levels" is [L1, L2], expected a level the lesson offers (add L3 to "levels", or change the attribute)`,
    ]);
  });

  it("rejects a hint for a level the lesson does not offer, naming the field", async () => {
    const source = lesson("\nText.\n").replace("levels: [L1, L2, L3]", "levels: [L2, L3]\nlevelHints:\n  L1: \"Plain words.\"");
    const { problems } = await parseLesson(file, source);
    expect(problems.map((p) => p.message)).toEqual([`frontmatter field "levelHints.L1": found a hint for L1, which the lesson does not offer, expected hints only for the levels in "levels" (L2, L3)`]);
    expect(problems[0]?.line).toBe(7);
  });
});

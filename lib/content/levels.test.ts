import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";
import { formatProblem } from "./problems";

/** A tiny valid lesson; `body` is appended after the frontmatter (which ends on line 14). */
function lesson(body: string): string {
  return `---
title: "Tiny lesson"
slug: tiny-lesson
track: ["Okta"]
levels: [L1, L2, L3]
date: "2026-06-20"
duration: 5
subtitle: "A fixture."
description: "A fixture lesson for the reading-level checks."
quickAnswer: "A fixture."
objectives:
  - "Read a passage"
  - "Pick a level"
---
${body}`;
}

const file = path.join(process.cwd(), "content/__fixtures__/tiny-lesson.mdx");

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

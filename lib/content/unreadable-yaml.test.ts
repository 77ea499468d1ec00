/** parseLesson reports every problem of a file in one run, even when its frontmatter is unreadable. */
import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";

describe("parseLesson", () => {
  it("reports a YAML error and the body's problems together, each on its own line", async () => {
    const source = ['---', 'title: "Broken', 'slug: broken', '---', '', '<Quiz>', '', 'What is SCIM?', '', '</Quiz>', ''].join("\n");
    const { lesson, problems } = await parseLesson("/virtual/broken.mdx", source);
    expect(lesson).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(problems[0]?.message).toMatch(/^frontmatter YAML: /);
    expect(problems[1]?.line).toBe(6);
    expect(problems[1]?.message).toContain("found the unknown component <Quiz>");
  });
});

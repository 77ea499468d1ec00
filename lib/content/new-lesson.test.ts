/** `npm run new-lesson` writes a starter that passes the content check, and refuses mistakes. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseLesson } from "./load";
import { createLesson, NewLessonError } from "./new-lesson";
import { starterLesson } from "./starter-lesson";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "new-lesson-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("createLesson", () => {
  it("writes a starter lesson that parses with zero problems", async () => {
    const file = await createLesson({ slug: "okta-group-push", title: 'Okta Group Push: "pushed" groups', dir, today: new Date("2026-03-04T10:00:00Z") });
    expect(file).toBe(path.join(dir, "okta-group-push.mdx"));
    const { lesson, problems } = await parseLesson(file);
    expect(problems).toEqual([]);
    expect(lesson?.frontmatter.title).toBe('Okta Group Push: "pushed" groups');
    expect(lesson?.frontmatter.date).toBe("2026-03-04");
    expect(lesson?.sections.map((s) => s.id)).toEqual(["the-idea", "in-practice"]);
    expect(lesson?.questions).toHaveLength(1);
    expect(lesson?.soFar).toHaveLength(2);
  });

  it("has no placeholder text", async () => {
    const text = await readFile(await createLesson({ slug: "a-lesson", title: "A lesson", dir }), "utf8");
    expect(text).not.toMatch(/lorem|ipsum|TODO|TBD|FIXME|xxx/i);
  });

  it.each(["Okta-Group-Push", "okta_group_push", "okta--push", "-okta", "okta push", ""])("refuses the slug %j", async (slug) => {
    await expect(createLesson({ slug, title: "A lesson", dir })).rejects.toThrow(/expected a kebab-case slug/);
  });

  it("refuses an empty title", async () => {
    await expect(createLesson({ slug: "a-lesson", title: "  ", dir })).rejects.toThrow(NewLessonError);
  });

  it("never overwrites an existing lesson", async () => {
    const existing = path.join(dir, "a-lesson.mdx");
    await writeFile(existing, "an instructor's work");
    await expect(createLesson({ slug: "a-lesson", title: "A lesson", dir })).rejects.toThrow(/found an existing .*a-lesson\.mdx, expected a new slug/);
    expect(await readFile(existing, "utf8")).toBe("an instructor's work");
  });
});

describe("the starter fixture", () => {
  it("is what new-lesson writes today, so the fixture build shows the current starter", async () => {
    const committed = await readFile("e2e/fixtures/lessons/starter-lesson.mdx", "utf8");
    const date = /^date: "(.+)"$/m.exec(committed)?.[1] ?? "";
    expect(committed, "regenerate e2e/fixtures/lessons/starter-lesson.mdx with npm run new-lesson").toBe(
      starterLesson({ slug: "starter-lesson", title: "Starter lesson", date }),
    );
  });
});

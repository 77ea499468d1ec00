/**
 * `npm run new-lesson` writes a subject-neutral starter whose placeholders the dev preview shows and
 * the build refuses, and refuses mistakes on the command line.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadLessons, parseLesson } from "./load";
import { PLACEHOLDER_MARK, PLACEHOLDER_URL } from "./placeholders";
import { ContentError } from "./problems";
import { createLesson, NewLessonError } from "./new-lesson";
import { starterLesson } from "./starter-lesson";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "new-lesson-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The starter as an author leaves it once every placeholder is replaced (here: the marks removed, a real address). */
const replaced = (text: string) => text.replaceAll(`${PLACEHOLDER_MARK} `, "").replace(PLACEHOLDER_URL, "https://www.rfc-editor.org/rfc/rfc2606");

describe("createLesson", () => {
  it("writes a starter lesson whose only problems are its placeholders, each at its own line", async () => {
    const file = await createLesson({ slug: "okta-group-push", title: 'Okta Group Push: "pushed" groups', dir, today: new Date("2026-03-04T10:00:00Z") });
    expect(file).toBe(path.join(dir, "okta-group-push.mdx"));
    const text = await readFile(file, "utf8");
    const { lesson, problems } = await parseLesson(file);
    expect(lesson?.frontmatter.title).toBe('Okta Group Push: "pushed" groups');
    expect(lesson?.frontmatter.date).toBe("2026-03-04");
    expect(lesson?.sections.map((s) => s.id)).toEqual(["the-idea", "in-practice"]);
    expect(lesson?.questions).toHaveLength(1);
    expect(lesson?.soFar).toHaveLength(2);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.placeholder)).toBe(true);
    const lines = text.split("\n");
    const marked = lines.flatMap((line, i) => (line.includes(PLACEHOLDER_MARK) || line.includes(PLACEHOLDER_URL) ? [i + 1] : []));
    expect(problems.map((p) => p.line)).toEqual(marked);
    expect(problems.find((p) => p.line === lines.findIndex((l) => l.includes(PLACEHOLDER_URL)) + 1)?.message).toContain(`found the starter's placeholder address ${PLACEHOLDER_URL}`);
  });

  it("passes the content check once its placeholders are replaced", async () => {
    const file = await createLesson({ slug: "a-lesson", title: "A lesson", dir });
    await writeFile(file, replaced(await readFile(file, "utf8")));
    const { lesson, problems } = await parseLesson(file);
    expect(problems).toEqual([]);
    expect(lesson?.slug).toBe("a-lesson");
  });

  it("builds in the dev preview and is refused by the build while a placeholder is left", async () => {
    await createLesson({ slug: "a-lesson", title: "A lesson", dir });
    try {
      vi.stubEnv("NODE_ENV", "production");
      const refused = await loadLessons(dir).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ContentError);
      expect((refused as ContentError).message).toMatch(/a-lesson\.mdx:\d+: found the starter's placeholder "TODO: /);
      vi.stubEnv("NODE_ENV", "development");
      expect((await loadLessons(dir)).map((l) => l.slug)).toEqual(["a-lesson"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("speaks of no subject: no vendor, product or protocol of any lesson", async () => {
    const text = await readFile(await createLesson({ slug: "a-lesson", title: "A lesson", dir }), "utf8");
    expect(text).not.toMatch(/okta|scim|provision|saml|oauth|dns|lorem|ipsum|TBD|FIXME|xxx/i);
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
  it("is what new-lesson writes today with its placeholders replaced, so the fixture build shows the current starter", async () => {
    const committed = await readFile("e2e/fixtures/lessons/starter-lesson.mdx", "utf8");
    const date = /^date: "(.+)"$/m.exec(committed)?.[1] ?? "";
    expect(committed, "regenerate e2e/fixtures/lessons/starter-lesson.mdx from npm run new-lesson, placeholders replaced").toBe(
      replaced(starterLesson({ slug: "starter-lesson", title: "Starter lesson", date })),
    );
  });
});

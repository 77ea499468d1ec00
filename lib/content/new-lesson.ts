/**
 * Creates a new lesson file from the starter (see starter-lesson.ts). Refuses a slug the schema
 * would reject and never overwrites a file, so a typo cannot destroy an existing lesson.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { frontmatterSchema } from "./frontmatter";
import { starterLesson } from "./starter-lesson";

/** A mistake in the command line: the message says what was wrong and what to do. */
export class NewLessonError extends Error {
  name = "NewLessonError";
}

export interface NewLessonOptions {
  slug: string;
  title: string;
  /** The lessons folder; `npm run new-lesson` uses LESSONS_DIR or content/lessons. */
  dir: string;
  /** Today's date; a parameter so that tests are reproducible. */
  today?: Date;
}

/** Writes `<dir>/<slug>.mdx` and returns its path. */
export async function createLesson({ slug, title, dir, today = new Date() }: NewLessonOptions): Promise<string> {
  if (!frontmatterSchema.shape.slug.safeParse(slug).success) {
    throw new NewLessonError(
      `found the slug "${slug}", expected a kebab-case slug such as okta-group-push (lowercase letters, digits, single dashes): it becomes the file name and the URL`,
    );
  }
  if (!title.trim()) throw new NewLessonError(`found an empty title, expected the lesson's title in quotes, e.g. "Okta Group Push"`);

  const file = path.join(dir, `${slug}.mdx`);
  await mkdir(dir, { recursive: true });
  try {
    // "wx" fails when the file exists: checked and created in one step, no race with an editor.
    await writeFile(file, starterLesson({ slug, title: title.trim(), date: today.toISOString().slice(0, 10) }), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewLessonError(`found an existing ${path.relative(process.cwd(), file) || file}, expected a new slug: pick another slug or edit that file`);
    }
    throw error;
  }
  return file;
}

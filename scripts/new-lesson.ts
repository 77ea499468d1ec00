/**
 * `npm run new-lesson -- <slug> "<title>"`: writes content/lessons/<slug>.mdx (or into LESSONS_DIR),
 * a subject-neutral starter lesson: `npm run dev` previews it at once, and `npm run build` refuses it
 * until every `TODO:` placeholder and the example.org source are replaced. See docs/authoring.md.
 */
import path from "node:path";
import { lessonsDir } from "../lib/content/load";
import { createLesson, NewLessonError } from "../lib/content/new-lesson";

const [slug, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(" ");
if (!slug || !title) {
  console.error('Usage: npm run new-lesson -- <slug> "<title>"\n  e.g. npm run new-lesson -- okta-group-push "Okta Group Push"');
  process.exit(1);
}

try {
  const file = await createLesson({ slug, title, dir: lessonsDir() });
  const shown = path.relative(process.cwd(), file);
  console.log(
    `Created ${shown}.\nNext: npm run dev, open http://localhost:3000/lessons/${slug}/ and edit ${shown}; the page reloads on save.\n` +
      `Replace every text that starts with "TODO:" and the example.org source with your own: until then npm run build refuses the lesson and names each one.`,
  );
} catch (error) {
  if (!(error instanceof NewLessonError)) throw error;
  console.error(`new-lesson: ${error.message}`);
  process.exit(1);
}

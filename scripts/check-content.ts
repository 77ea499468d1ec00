/**
 * `npm run check-content`: validates every lesson without a full build and prints each problem as
 * `file:line: what was found, what was expected`. Every file is checked and every problem printed,
 * then it exits 1 if there was any (2 when a path given on the command line does not exist).
 * Usage: npm run check-content [-- <folder or .mdx file>…]
 */
import { stat } from "node:fs/promises";
import { listLessonFiles, lessonsDir, parseLesson } from "../lib/content/load";
import { formatProblem } from "../lib/content/problems";
import { describeLevelWords } from "../lib/content/level-words";
import { placeholderNote } from "../lib/content/placeholders";

async function filesFrom(args: string[]): Promise<string[]> {
  if (args.length === 0) return listLessonFiles(lessonsDir());
  const lists = await Promise.all(
    args.map(async (a) => {
      const found = await stat(a).catch(() => null);
      if (!found) {
        console.error(`${a}: found no such file or folder, expected a lesson .mdx file or a folder of them`);
        process.exit(2);
      }
      return found.isDirectory() ? listLessonFiles(a) : [a];
    }),
  );
  return lists.flat();
}

const files = await filesFrom(process.argv.slice(2));
let count = 0;
let placeholders = 0;
for (const file of files) {
  const { lesson, problems } = await parseLesson(file);
  for (const p of problems) console.error(formatProblem(p));
  // What each reading level costs the reader, so an author can keep L1 light.
  if (lesson) console.log(`${lesson.file}: ${describeLevelWords(lesson.words, lesson.frontmatter.levels, lesson.l1Blocks)}`);
  count += problems.length;
  placeholders += problems.filter((p) => p.placeholder).length;
}
if (count > 0) {
  console.error(`\n${count} problem${count === 1 ? "" : "s"} in ${files.length} lesson file${files.length === 1 ? "" : "s"}.`);
  if (placeholders > 0) console.error(placeholderNote(placeholders));
  process.exit(1);
}
console.log(`${files.length} lesson file${files.length === 1 ? "" : "s"} checked: no problems.`);

import { places } from "@/lib/quiz/variants";
import Link from "next/link";
import type { Lesson } from "@/lib/content/load";
import { xpLesson } from "@/lib/xp";
import { lessonPath } from "@/lib/site";
import { plural } from "@/lib/plural";
import { XpIcon } from "@/components/progress/xp-icon";
import { LessonProgress } from "./lesson-progress";

/** One lesson on the index: title, track, duration and levels, and the learner's progress on it. */
export function LessonCard({ lesson }: { lesson: Lesson }) {
  const fm = lesson.frontmatter;
  return (
    <li data-lesson-card={lesson.slug} className="relative flex flex-col rounded-2xl border border-line-soft bg-surface p-5 shadow-sm">
      <p className="text-sm text-muted">{fm.track.join(" · ")}</p>
      <h2 className="mt-1 text-xl leading-snug font-bold">
        <Link href={lessonPath(lesson.slug)} className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl hover:underline">
          {fm.title}
        </Link>
      </h2>
      <p className="mt-2 text-[0.95rem] text-muted">{fm.description}</p>
      <ul aria-label="Details" className="mt-4 flex flex-wrap gap-2 text-xs font-semibold">
        <li className="rounded-full bg-surface-2 px-2.5 py-1">{fm.duration} min</li>
        <li className="rounded-full bg-surface-2 px-2.5 py-1">{plural(places(lesson.questions).length, "question")}</li>
        <li className="rounded-full bg-surface-2 px-2.5 py-1">
          <span className="sr-only">Levels </span>
          {fm.levels.join(" / ")}
        </li>
      </ul>
      <LessonProgress slug={lesson.slug} questions={lesson.questions.map(({ id, hash, kind, letters }) => ({ id, hash, kind, letters }))} lesson={xpLesson(lesson)} title={fm.title} icon={<XpIcon />} />
    </li>
  );
}

import { places } from "@/lib/quiz/variants";
import { Calendar, Clock, ListChecks, type LucideIcon } from "lucide-react";
import { ICON } from "@/components/icons/icon-class";
import type { Lesson } from "@/lib/content/load";
import { readingMinutes } from "@/lib/content/level-words";
import { LEVELS } from "@/lib/content/levels";
import { plural } from "@/lib/plural";

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** A decorative icon before an item's words. */
function Icon({ of: Glyph }: { of: LucideIcon }) {
  return <Glyph aria-hidden="true" className={`${ICON} mr-1`} />;
}

/**
 * The reading time of the level being read: one span per level in the same grid cell, shown by the
 * CSS that follows `data-level` on <html> (globals.css), so switching level changes the number
 * without moving anything. Without JavaScript every level is on the page, so every time is listed.
 */
function ReadingTime({ minutes, levels }: { minutes: Record<(typeof LEVELS)[number], number>; levels: readonly string[] }) {
  const offered = LEVELS.filter((level) => levels.includes(level));
  if (offered.length <= 1) return <>{minutes.L2} min</>;
  return (
    <span className="inline-grid">
      {LEVELS.map((level) => (
        <span key={level} data-read-time={level}>
          {minutes[level]} min<span className="sr-only"> at {level}</span>
        </span>
      ))}
      <span data-read-time="all">{offered.map((level) => `${level} ${minutes[level]}`).join(" · ")} min</span>
    </span>
  );
}

/** Date, reading time and what the lesson holds, all derived from its content. */
export function MetaRow({ lesson }: { lesson: Lesson }) {
  const { date, updated, duration, tutor, demoLabel } = lesson.frontmatter;
  const questionCount = places(lesson.questions).length;
  const items = [
    <>
      <Icon of={Calendar} />
      {updated ? "Published " : null}
      <time dateTime={date}>{formatDate(date)}</time>
    </>,
    updated ? (
      <>
        Updated <time dateTime={updated}>{formatDate(updated)}</time>
      </>
    ) : null,
    <>
      <Icon of={Clock} />
      <ReadingTime minutes={readingMinutes(duration, lesson.words)} levels={lesson.frontmatter.levels} />
    </>,
    lesson.figures > 0 ? <>{plural(lesson.figures, "figure")}</> : null,
    lesson.demos.length > 0 ? <>{demoLabel ?? plural(lesson.demos.length, "live demo")}</> : null,
    questionCount > 0 ? (
      <>
        <Icon of={ListChecks} />
        {questionCount}-question assessment{tutor.length > 0 ? " + AI Tutor" : ""}
      </>
    ) : null,
  ].filter(Boolean);
  // Every item carries its "·" in the space to its left; the list is shifted left by that space
  // inside a box that clips it, so the item that starts a line (the first, or one the row wrapped)
  // never shows a leading "·".
  return (
    <div className="overflow-hidden">
      <ul aria-label="About this lesson" className="-ml-6 flex flex-wrap gap-y-1 text-sm text-muted">
        {items.map((item, i) => (
          <li key={i} className="relative flex items-center pl-6">
            <span aria-hidden="true" data-meta-separator className="absolute left-2.5">
              ·
            </span>
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Lesson } from "@/lib/content/load";
import { plural } from "@/lib/plural";

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/**
 * A decorative emoji in a box of fixed width: where the emoji font loads after the first paint, the
 * glyph swaps without changing the line's width, so the wrapping row never shifts.
 */
function Icon({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="mr-1 inline-block w-[1.25em] text-center leading-none">
      {children}
    </span>
  );
}

/** Date, reading time and what the lesson holds, all derived from its content. */
export function MetaRow({ lesson }: { lesson: Lesson }) {
  const { date, updated, duration, tutor, demoLabel } = lesson.frontmatter;
  const items = [
    <>
      <Icon>📅</Icon>
      {updated ? "Published " : null}
      <time dateTime={date}>{formatDate(date)}</time>
    </>,
    updated ? (
      <>
        Updated <time dateTime={updated}>{formatDate(updated)}</time>
      </>
    ) : null,
    <>
      <Icon>⏱</Icon>
      {duration} min
    </>,
    lesson.figures > 0 ? <>{plural(lesson.figures, "infographic")}</> : null,
    lesson.demos.length > 0 ? <>{demoLabel ?? plural(lesson.demos.length, "live demo")}</> : null,
    lesson.questions.length > 0 ? (
      <>
        <Icon>🏷</Icon>
        {lesson.questions.length}-question assessment{tutor.length > 0 ? " + AI Tutor" : ""}
      </>
    ) : null,
  ].filter(Boolean);
  return (
    <ul aria-label="About this lesson" className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
      {items.map((item, i) => (
        <li key={i} className="flex items-center gap-3">
          {i > 0 && <span aria-hidden="true">·</span>}
          <span>{item}</span>
        </li>
      ))}
    </ul>
  );
}

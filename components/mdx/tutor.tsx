import type { Frontmatter } from "@/lib/content/frontmatter";
import type { SectionInfo } from "@/lib/content/scan";

/** The curated AI Tutor (server fallback: every question with its answer, behind a disclosure). */
export function Tutor({
  title = "Ask the AI Tutor",
  intro = "Tap any question — instant, scoped to this lesson. No login, no waiting.",
  entries,
  sections,
}: {
  title?: string;
  intro?: string;
  entries: Frontmatter["tutor"];
  sections: SectionInfo[];
}) {
  return (
    <section id="tutor" aria-labelledby="tutor-title" className="mt-16 rounded-xl border border-line-soft bg-surface p-5">
      <h2 id="tutor-title" className="text-xl font-bold">
        <span aria-hidden="true">🤖 </span>
        {title}
      </h2>
      <p className="mt-1">{intro}</p>
      <ul className="mt-3 space-y-2">
        {entries.map((entry) => {
          const section = sections.find((s) => s.id === entry.section);
          return (
            <li key={entry.question}>
              <details>
                <summary className="cursor-pointer font-medium">{entry.question}</summary>
                <p className="mt-1">{entry.answer}</p>
                <p className="text-sm">
                  From <a className="text-accent underline" href={`#${entry.section}`}>{section?.title}</a>
                </p>
              </details>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm text-muted">
        Pre-curated from vendor docs + community Q&amp;A, scoped to this lesson. There is no live model behind it: nothing you type leaves this page.
      </p>
    </section>
  );
}

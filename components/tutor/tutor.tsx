import { Bot, MessageCircle } from "lucide-react";
import { ICON, LEAD_ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import type { Frontmatter } from "@/lib/content/frontmatter";
import type { SectionInfo } from "@/lib/content/scan";
import { TutorAnswerText } from "./tutor-answer-text";
import { TutorLauncher } from "./tutor-launcher";

export type TutorProps = AttributesOf<"Tutor"> & {
  /** The curated questions and answers (frontmatter `tutor`). */
  entries: Frontmatter["tutor"];
  /** Searched too, as "What is …?". */
  glossary: Frontmatter["glossary"];
  synonyms: Frontmatter["tutorSynonyms"];
  sections: SectionInfo[];
}

/**
 * The curated AI Tutor. With JavaScript, a button opens the dialog (its code loads on that click);
 * without it, every question and answer is listed in disclosures. CSS picks one from the first
 * paint, so nothing swaps or shifts.
 */
export function Tutor({
  title = "Ask the AI Tutor",
  intro = "Ask in your own words or pick a question — instant, scoped to this lesson. No login, no waiting.",
  provenance = "Curated answers, scoped to this lesson.",
  entries,
  glossary,
  synonyms,
  sections,
}: TutorProps) {
  const items = entries.map((entry) => ({
    ...entry,
    sectionTitle: sections.find((s) => s.id === entry.section)?.short ?? entry.section,
  }));
  return (
    <section id="tutor" aria-labelledby="tutor-title" className="mt-16 rounded-xl border border-line-soft bg-surface p-5">
      <h2 id="tutor-title" className="text-xl font-bold">
        <Bot aria-hidden="true" className={LEAD_ICON} />
        {title}
      </h2>
      <p className="mt-1">{intro}</p>
      <div className="js-only mt-4">
        <TutorLauncher
          entries={items}
          glossary={glossary}
          synonyms={synonyms}
          sections={sections.map(({ id, short }) => ({ id, short }))}
          icons={{ button: <MessageCircle aria-hidden="true" className={ICON} />, dialog: <Bot aria-hidden="true" className={LEAD_ICON} /> }}
        />
      </div>
      <ul className="no-js-only mt-3 space-y-2">
        {items.map((entry) => (
          <li key={entry.question}>
            <details>
              <summary className="cursor-pointer font-medium">{entry.question}</summary>
              <p className="mt-1">
                <TutorAnswerText text={entry.answer} />
              </p>
              <p className="text-sm">
                From{" "}
                <a className="text-accent underline" href={`#${entry.section}`}>
                  {entry.sectionTitle}
                </a>
              </p>
            </details>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">
        {provenance} There is no live model behind it: nothing you type leaves this page.
      </p>
    </section>
  );
}

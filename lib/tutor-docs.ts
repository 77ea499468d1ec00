/**
 * The tutor's searchable documents that come from the frontmatter: each curated question with its
 * answer, and each glossary term as "What is …?" with its definition. The lesson's passages are
 * added by the dialog from the page itself (see components/tutor/page-passages.ts).
 */
import type { Level } from "@/lib/content/levels";
import type { TutorDoc } from "./tutor-search";

export interface TutorEntryData {
  question: string;
  answer: string;
  section: string;
  level: Level;
}

export interface GlossaryData {
  term: string;
  definition: string;
  aliases: string[];
}

export function tutorDocs(entries: readonly TutorEntryData[], glossary: readonly GlossaryData[] = []): TutorDoc[] {
  return [
    ...entries.map((e, i): TutorDoc => ({ id: `q${i}`, kind: "question", title: e.question, text: e.answer, section: e.section, level: e.level })),
    ...glossary.map(
      (g, i): TutorDoc => ({
        id: `g${i}`,
        kind: "glossary",
        title: `What is ${g.term}?${g.aliases.length > 0 ? ` (${g.aliases.join(", ")})` : ""}`,
        text: g.definition,
        section: null,
        level: "L1",
      }),
    ),
  ];
}

/**
 * The curated questions the tutor suggests before anything is typed: at L1 the ones written for L1
 * come first (each group in the lesson's order), at other levels the lesson's order as it is.
 */
export function suggestedDocs(entries: readonly TutorEntryData[], level: Level): TutorDoc[] {
  const docs = tutorDocs(entries);
  if (level !== "L1") return docs;
  return [...docs.filter((d) => d.level === "L1"), ...docs.filter((d) => d.level !== "L1")];
}

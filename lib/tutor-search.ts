/**
 * The tutor's search: the curated answers, the glossary and the lesson's own passages, searched
 * with MiniSearch — light stemming, prefix and fuzzy matching, the question boosted over its answer,
 * and the lesson's synonyms (frontmatter `tutorSynonyms`) added to the query, so "Does Okta delete
 * users?" finds "Does Okta ever delete a user's account in an app?". Pure and free of the page, so the
 * dialog (which loads it on open) and the unit tests run the same code.
 */
import MiniSearch from "minisearch";
import type { Level } from "@/lib/content/levels";

export type TutorDocKind = "question" | "glossary" | "passage";

export interface TutorDoc {
  id: string;
  kind: TutorDocKind;
  /** The curated question or the glossary term ("What is SCIM 2.0?"); empty for a passage. */
  title: string;
  /** The answer, the definition or the passage. */
  text: string;
  /** The section to read, when there is one. */
  section: string | null;
  /** The reading level the answer is written for; null for text every level shows. */
  level: Level | null;
}

export interface TutorHit {
  doc: TutorDoc;
  score: number;
}

/** Words a question is phrased with that say nothing about its subject. */
const STOP = new Set(
  "a an and are as at be by can could did do does doing for from has have how i if in into is it its me my of on or our should so than that the their them then there these this those to up was we were what when where which who why will with would you your".split(
    " ",
  ),
);

const SUFFIXES: [string, string][] = [
  ["ational", "at"],
  ["ation", "at"],
  ["ies", "y"],
  ["ing", ""],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
];

/** A light stemmer: enough for "users"/"user", "deletes"/"deleted"/"delete", "pushes"/"push". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let out = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (out.endsWith(suffix) && out.length - suffix.length >= 3 && !(suffix === "s" && out.endsWith("ss"))) {
      out = out.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return out.length > 3 && out.endsWith("e") ? out.slice(0, -1) : out;
}

/** A word as it is indexed and searched: lower case, no stop word, stemmed. */
export function processTerm(term: string): string | null {
  const word = term.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (!word || STOP.has(word)) return null;
  return stem(word);
}

/** The query with the synonyms of every word or phrase it contains added. */
export function expandQuery(query: string, synonyms: Readonly<Record<string, readonly string[]>>): string {
  const normal = ` ${query.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ").trim()} `;
  const added = Object.entries(synonyms)
    .filter(([key]) => normal.includes(` ${key.toLowerCase()} `))
    .flatMap(([, words]) => words);
  return [query, ...added].join(" ");
}

/** Curated answers first, then definitions, then the lesson's own passages. */
const KIND_BOOST: Record<TutorDocKind, number> = { question: 1.3, glossary: 1.3, passage: 0.8 };

export interface TutorSearch {
  search(query: string, limit?: number): TutorHit[];
  /** Looser matches for a query that found nothing: the nearest questions, and a passage's section. */
  nearest(query: string): { questions: TutorDoc[]; section: string | null };
}

export function createTutorSearch(docs: readonly TutorDoc[], synonyms: Readonly<Record<string, readonly string[]>> = {}): TutorSearch {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<TutorDoc>({
    fields: ["title", "text"],
    idField: "id",
    processTerm,
    searchOptions: {
      boost: { title: 3 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: "OR",
      boostDocument: (id) => KIND_BOOST[byId.get(id)?.kind ?? "passage"],
    },
  });
  index.addAll([...docs]);

  const run = (query: string, options?: Parameters<typeof index.search>[1]) =>
    index.search(expandQuery(query, synonyms), options).flatMap((r) => {
      const doc = byId.get(r.id);
      return doc ? [{ doc, score: r.score }] : [];
    });

  return {
    search: (query, limit = 8) => (query.trim() ? run(query).slice(0, limit) : []),
    nearest: (query) => {
      const loose = run(query, { fuzzy: 0.45, prefix: true });
      const questions = loose.filter((h) => h.doc.kind === "question").slice(0, 3).map((h) => h.doc);
      const section = loose.find((h) => h.doc.section)?.doc.section ?? null;
      return { questions, section };
    },
  };
}

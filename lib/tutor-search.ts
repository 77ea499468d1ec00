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
  "a about an and are as at be between by can could did didn't difference different do does doesn't doing don't explain for from get gets got has have how i if in into is it its just me mean means my not of on or our should so tell than that the their them then there these this those to up vs versus was wasn't we were what whats when where which who why will with would you your".split(
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
  const word = term
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
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

/** The words of a text as the search sees them: processed, stop words left out, each once. */
export function termsOf(text: string): string[] {
  return [...new Set(text.split(/[\s/—–-]+/u).flatMap((word) => processTerm(word) ?? []))];
}

/** The edit distance of two words, up to `max` (anything further is max + 1). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** Whether a word of the question and a word of a text are the same word: stem, prefix ("provisio") or a typo. */
export function sameTerm(asked: string, word: string): boolean {
  if (asked === word) return true;
  const shorter = Math.min(asked.length, word.length);
  if (shorter >= 4 && (word.startsWith(asked) || asked.startsWith(word))) return true;
  if (shorter < 5) return false;
  return distance(asked, word, 2) <= (shorter >= 8 ? 2 : 1);
}

/** Curated answers first, then definitions, then the lesson's own passages. */
const KIND_BOOST: Record<TutorDocKind, number> = { question: 1.3, glossary: 1.3, passage: 0.8 };

/**
 * How much of the question a text must cover to be an answer at all: below it, the tutor says it
 * has no answer in this lesson (so "how do I bake sourdough bread" finds nothing, whatever word of
 * it some passage happens to share).
 */
export const RELEVANCE = 0.6;
/** How much of the question a curated question's own wording must cover to count as the question asked. */
const CLOSE = 0.6;
/** …and how much of that wording the question must cover, so a long question that merely mentions a word is not "close". */
const CLOSE_OVERLAP = 0.4;

export interface TutorSearch {
  search(query: string, limit?: number): TutorHit[];
  /** Looser matches for a query that found nothing: the nearest questions, and a passage's section. */
  nearest(query: string): { questions: TutorDoc[]; section: string | null };
}

/**
 * The words each word of the question also stands for, by the lesson's synonyms in both directions:
 * "delete" also means "deactivate" (the key's words), and "deactivated" also means "delete".
 */
function alternatives(query: string, terms: readonly string[], synonyms: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
  const normal = ` ${query.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ").trim()} `;
  const out = new Map(terms.map((t) => [t, [t]]));
  for (const [key, words] of Object.entries(synonyms)) {
    const keyTerms = termsOf(key);
    const wordTerms = words.flatMap((w) => termsOf(w));
    for (const term of terms) {
      const alts = out.get(term)!;
      // The key in any form ("updating" asks about "update"), or its exact phrase ("how long").
      const asksKey = normal.includes(` ${key.toLowerCase()} `) || (keyTerms.length > 0 && keyTerms.every((k) => terms.some((t) => sameTerm(t, k))));
      if (keyTerms.some((k) => sameTerm(term, k)) && asksKey) alts.push(...wordTerms);
      if (wordTerms.some((w) => sameTerm(term, w))) alts.push(...keyTerms);
    }
  }
  return out;
}

export function createTutorSearch(docs: readonly TutorDoc[], synonyms: Readonly<Record<string, readonly string[]>> = {}): TutorSearch {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const titleTerms = new Map(docs.map((d) => [d.id, termsOf(d.title)]));
  const allTerms = new Map(docs.map((d) => [d.id, termsOf(`${d.title} ${d.text}`)]));
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
    search: (query, limit = 8) => {
      const terms = termsOf(query);
      if (terms.length === 0) return [];
      const alts = alternatives(query, terms, synonyms);
      /** The share of the question's words that a list of words covers. */
      const coverage = (words: readonly string[]) =>
        terms.filter((term) => alts.get(term)!.some((alt) => words.some((word) => sameTerm(alt, word)))).length / terms.length;

      const ranked = run(query).flatMap((hit) => {
        if (coverage(allTerms.get(hit.doc.id)!) < RELEVANCE) return [];
        const title = titleTerms.get(hit.doc.id)!;
        const titleCoverage = hit.doc.kind === "passage" ? 0 : coverage(title);
        // How much of the curated question is the question asked (the question's words found in it, over its length).
        const overlap = title.length === 0 ? 0 : (titleCoverage * terms.length) / Math.max(title.length, terms.length);
        const close = titleCoverage >= CLOSE && overlap >= CLOSE_OVERLAP;
        return [{ ...hit, close, titleCoverage, overlap }];
      });
      // "What is Group Push?" asks for the definition: a glossary term that is the whole question comes first.
      const definition = /^\s*(?:what\s+(?:is|are)|what['’]?s|define|definition\s+of|meaning\s+of)\b/i.test(query);
      const rank = (h: (typeof ranked)[number]) => (h.doc.kind === "question" ? 0 : definition && h.titleCoverage === 1 ? -1 : 1);
      ranked.sort((a, b) => {
        if (a.close !== b.close) return a.close ? -1 : 1;
        if (!a.close) return b.score - a.score;
        return rank(a) - rank(b) || b.titleCoverage - a.titleCoverage || b.overlap - a.overlap || b.score - a.score;
      });
      return ranked.slice(0, limit).map(({ doc, score }) => ({ doc, score }));
    },
    nearest: (query) => {
      const loose = run(query, { fuzzy: 0.45, prefix: true });
      const questions = loose.filter((h) => h.doc.kind === "question").slice(0, 3).map((h) => h.doc);
      const section = loose.find((h) => h.doc.section)?.doc.section ?? null;
      return { questions, section };
    },
  };
}

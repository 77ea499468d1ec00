/**
 * Citations: every `<Cite src="…">` names sources the frontmatter lists, every source is cited,
 * and every section cites at least one source at each reading level the lesson offers, so that a
 * learner at any level can see where each section's facts come from. Source ids are unique, a
 * source's quotes are each one unbroken passage of the page's own words, and `updated` is not earlier
 * than `date`. Problems use the loader's `file:line: found …, expected …`.
 */
import type { Frontmatter } from "./frontmatter";
import type { Problem } from "./problems";
import type { CiteInfo, LessonScan } from "./scan";
import { LEVELS, levelsShowing, type Level } from "./levels";

/** The page anchor of a source's item in the Sources list; citations link to it. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The ids a `src` attribute names: separated by spaces, as written. */
export function citedIds(src: string): string[] {
  return src.trim().split(/\s+/).filter(Boolean);
}

/** What a Cite records while the body compiles: its ids, its section and the levels that show it. */
export function citeInfo(src: string, line: number, ancestors: readonly { name: string; attrs: Record<string, string> }[]): CiteInfo {
  let levels: Level[] = [...LEVELS];
  for (const { name, attrs } of ancestors) {
    if (name !== "Level") continue;
    const showing = levelsShowing(attrs.min, attrs.max);
    levels = levels.filter((level) => showing.includes(level));
  }
  const section = ancestors.findLast((a) => a.name === "Section");
  return { ids: citedIds(src), line, sectionId: section?.attrs.id ?? null, levels };
}

export function checkCitations(
  file: string,
  fm: Frontmatter,
  /** Only ever a compiled body: a syntax error is reported alone, before any of these checks. */
  scan: Pick<LessonScan, "cites" | "sections" | "used">,
  lineOf: (path: PropertyKey[]) => number | undefined,
  /** Whether a field passed the schema; the checks that read one that did not wait for its fix. */
  known: (field: keyof Frontmatter) => boolean = () => true,
): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number | undefined, message: string) => problems.push({ file, line, message });

  if (known("updated") && known("date") && fm.updated !== undefined && fm.updated < fm.date) {
    at(lineOf(["updated"]), `frontmatter field "updated": found "${fm.updated}", before "date" (${fm.date}); expected the date of the last revision, on or after the publication date`);
  }

  const firstIndex = new Map<string, number>();
  const sources = known("sources") ? fm.sources : null;
  sources?.forEach((source, i) => {
    const first = firstIndex.get(source.id);
    if (first !== undefined) at(lineOf(["sources", i, "id"]), `frontmatter field "sources[${i}].id": found "${source.id}" already used by sources[${first}], expected each source id once`);
    else firstIndex.set(source.id, i);
  });

  sources?.forEach((source, i) => {
    for (const { index, message } of quoteProblems(source.quotes)) {
      at(lineOf(["sources", i, "quotes", index]), `frontmatter field "sources[${i}].quotes[${index}]": ${message}`);
    }
  });

  const ids = [...firstIndex.keys()];
  const expected = ids.length > 0 ? `expected one of the ids in the frontmatter's sources (${ids.join(", ")})` : `expected an id from the frontmatter field "sources", which has no entries`;
  const cited = new Set<string>();
  for (const cite of sources ? scan.cites : []) {
    const seen = new Set<string>();
    for (const id of cite.ids) {
      if (seen.has(id)) at(cite.line, `<Cite src="${cite.ids.join(" ")}">: found the source id "${id}" twice, expected each source once per citation`);
      seen.add(id);
      cited.add(id);
      if (!firstIndex.has(id)) at(cite.line, `<Cite src="${cite.ids.join(" ")}">: found the source id "${id}", which no source has; ${expected}`);
    }
  }

  // Sources without <Sources /> in the body is reported with every other frontmatter block (load.ts).
  sources?.forEach((source, i) => {
    if (!cited.has(source.id) && firstIndex.get(source.id) === i) {
      at(lineOf(["sources", i, "id"]), `frontmatter field "sources[${i}]": found the source "${source.id}" cited nowhere, expected at least one <Cite src="${source.id}" /> in the body (or remove the source)`);
    }
  });

  for (const section of scan.sections) {
    const cites = scan.cites.filter((c) => c.sectionId === section.id && c.ids.length > 0);
    const shown = new Set(cites.flatMap((c) => c.levels));
    const missing = known("levels") ? fm.levels.filter((level) => !shown.has(level)) : [];
    if (cites.length === 0) {
      at(section.line, `<Section id="${section.id}">: found no <Cite>, expected at least one citation of the sources its facts come from`);
    } else if (missing.length > 0) {
      at(section.line, `<Section id="${section.id}">: found no <Cite> shown at ${missing.join(", ")}, expected at least one citation at every level the lesson offers (${fm.levels.join(", ")}); place one outside <Level>`);
    }
  }
  return problems;
}

/** The fewest words a quote may have: a phrase a reader can find on the page, not a keyword. */
export const QUOTE_MIN_WORDS = 3;
const ELISION = /\.\.\.|…/;
const WRAPPED = /^["“”'‘’«»][\s\S]*["“”'‘’«»]$/;

/**
 * What is wrong with a source's quotes, by index: a quote stands for the page's exact words, so it
 * is one unbroken passage (an ellipsis means words were left out, which the page does not say), is
 * written without quotation marks of its own (the Sources list adds them), has at least
 * QUOTE_MIN_WORDS words, and appears once.
 */
export function quoteProblems(quotes: readonly string[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const first = new Map<string, number>();
  quotes.forEach((quote, index) => {
    const words = quote.split(/\s+/).filter(Boolean).length;
    const seen = first.get(quote);
    if (seen !== undefined) {
      problems.push({ index, message: `found the same words as quotes[${seen}], expected each quote once` });
      return;
    }
    first.set(quote, index);
    if (ELISION.test(quote)) {
      problems.push({ index, message: `found an elided quote ("${quote}"), expected one unbroken passage of the page's exact words (write two quotes instead of leaving words out)` });
    } else if (WRAPPED.test(quote)) {
      problems.push({ index, message: `found a quote wrapped in quotation marks (${quote}), expected the words alone: the Sources list adds the marks` });
    } else if (words < QUOTE_MIN_WORDS) {
      problems.push({ index, message: `found "${quote}", ${words === 1 ? "one word" : `${words} words`}, expected a passage of at least ${QUOTE_MIN_WORDS} words that a reader can find on the page` });
    }
  });
  return problems;
}

/**
 * Checks a learner's one-line summary against the lesson's key points and misconceptions, as
 * claims rather than bags of words.
 *
 * The line is cut into sentences (at . ; ! ?) and each sentence into clauses (at commas and at
 * "and", "but", "while", "whereas", dashes). A claim is stated by one clause, by a short opening
 * phrase and the clause after it ("In outbound, Okta is the master"), or by two clauses joined by
 * "and" ("Okta is the master and pushes to apps"). A stretch of text states
 * a claim when it:
 * - contains a word (or phrase) of every group in `all`, as whole words, case-insensitive — in the
 *   groups' order when the claim is `ordered` ("Okta pushes to the apps", not "the apps push to Okta");
 * - names none of the `unless` words, which would make it about another relation ("Outbound: the
 *   HR system is the master" names the HR system, so it does not say Okta is the master);
 * - is not negated ("Okta does not push to apps" states nothing either way);
 * - reads as a sentence, not a list of words: it holds at least one word of ordinary grammar (is,
 *   the, to, when, means …). "outbound inbound okta master hr" states nothing.
 */

/** A claim as the frontmatter declares it. */
export interface Claim {
  /** Groups of words; one word of every group must appear. */
  all: string[][];
  /** Words that, in the same stretch, mean the line states a different relation. */
  unless?: string[];
  /** The groups must appear in the order given. */
  ordered?: boolean;
}

/** A key point as the frontmatter declares it. */
export interface KeyPoint extends Claim {
  label: string;
}

/** A wrong belief the exercise watches for, with the sentence that corrects it. */
export interface Misconception extends Claim {
  /** The wrong belief, named back to the learner, e.g. "In outbound provisioning the HR system is the master". */
  belief: string;
  /** The sentence that corrects it. */
  correction: string;
  /** The id of the section that explains it; the check links there. */
  section: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One compiled pattern per phrase. Unicode property classes (`\p{L}`) are costly to compile, and
 * the form checks every phrase on each keystroke and during hydration, so each is compiled once.
 */
const patterns = new Map<string, RegExp>();

function wordPattern(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const body = escape(phrase.trim()).replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
    patterns.set(phrase, pattern);
  }
  return pattern;
}

/** True when `line` contains `phrase` as whole words (letters and digits on neither side). */
export function containsWord(line: string, phrase: string): boolean {
  // A blank line covers nothing; skipping it keeps the first render free of regex work.
  return line.trim() !== "" && wordPattern(phrase).test(line);
}

/** Where `phrase` first occurs in `text` at or after `from`, as whole words; -1 when it does not. */
function indexOfWord(text: string, phrase: string, from: number): number {
  const found = wordPattern(phrase).exec(text.slice(from));
  return found ? from + found.index : -1;
}

/** Words that negate the clause they are in. */
const NEGATION = /(?<![\p{L}])(?:not|never|no|none|nor|neither|nothing|cannot|without|isn't|aren't|doesn't|don't|didn't|won't|can't|wasn't|weren't|shouldn't|[a-z]+n't|[a-z]+n’t)(?![\p{L}])/iu;

/** Words of ordinary grammar: a stretch with none of them lists words rather than saying something. */
const GRAMMAR = new Set(
  "a an the is are was were be been being am it its this that these those which who when where while whereas if then so because as at by for from in into of on onto to via with than means mean meaning called does do did has have had can will would should must = :".split(
    " ",
  ),
);

/** Whether the text holds a grammar word besides the claim's own phrases (so "to okta" alone is no sentence). */
function hasGrammar(text: string, claim: Claim): boolean {
  let rest = text.toLowerCase();
  for (const phrase of claim.all.flat()) rest = rest.replace(new RegExp(wordPattern(phrase).source, "giu"), " ");
  return rest
    .replace(/([=:])/g, " $1 ")
    .split(/[^\p{L}\p{N}'=:]+/u)
    .some((word) => GRAMMAR.has(word));
}

/** How many words an opening phrase ("In outbound provisioning") may have to join the clause after it. */
const INTRO_WORDS = 5;

/** The stretches of the line that may each state a claim: every clause, and every two neighbouring clauses of a sentence. */
export function stretches(line: string): string[] {
  const out: string[] = [];
  for (const sentence of line.split(/[.;!?\n]+/)) {
    // Odd entries are the separators: "and" joins clauses that share a subject ("Okta is master and pushes to apps").
    const parts = sentence.split(/(,|\s[-–—]\s|\b(?:and|but|while|whereas|whilst)\b)/i);
    const clauses: { text: string; joinsNext: boolean }[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const text = parts[i]!.trim();
      if (!text) continue;
      const separator = (parts[i + 1] ?? "").trim().toLowerCase();
      clauses.push({ text, joinsNext: separator === "and" || text.split(/\s+/).length <= INTRO_WORDS });
    }
    clauses.forEach((clause, i) => {
      out.push(clause.text);
      const next = clauses[i + 1];
      // "In outbound provisioning, Okta is the master": a short opening phrase sets the scene for the clause after it.
      if (next && clause.joinsNext) out.push(`${clause.text} ${next.text}`);
    });
  }
  return out;
}

/** Whether this one stretch of text states the claim. */
function statesIn(text: string, claim: Claim): boolean {
  if (NEGATION.test(text) || !hasGrammar(text, claim)) return false;
  if ((claim.unless ?? []).some((word) => containsWord(text, word))) return false;
  if (!claim.ordered) return claim.all.every((group) => group.some((word) => containsWord(text, word)));
  let from = 0;
  for (const group of claim.all) {
    const at = group.map((word) => indexOfWord(text, word, from)).filter((i) => i >= 0);
    if (at.length === 0) return false;
    from = Math.min(...at) + 1;
  }
  return true;
}

/** Whether some stretch of the line states the claim. */
export function statesClaim(line: string, claim: Claim): boolean {
  if (line.trim() === "") return false;
  return stretches(line).some((text) => statesIn(text, claim));
}

/** Whether the line covers the point. */
export function coversPoint(line: string, point: KeyPoint): boolean {
  return statesClaim(line, point);
}

/** Each key point with whether the line covers it, in order. */
export function checkKeyPoints(line: string, points: readonly KeyPoint[]): { label: string; covered: boolean }[] {
  return points.map((point) => ({ label: point.label, covered: coversPoint(line, point) }));
}

/** The misconceptions the line states, in the order the lesson declares them. */
export function findMisconceptions<M extends Misconception>(line: string, misconceptions: readonly M[]): M[] {
  return misconceptions.filter((m) => statesClaim(line, m));
}

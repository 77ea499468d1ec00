/**
 * What a question kind is (after Perseus, where each widget declares its input, its rubric and a
 * pure `score(input, rubric)`): one entry per kind names everything that differs between kinds.
 * The build's checks, scoring, the saved-progress checks, the SCORM interaction and the authoring
 * guide's table all read the entries in `./index.ts`; nothing else branches on a kind's name.
 *
 * Responses and keys are strings of option letters (see `../letters.ts`), so that storage, the
 * LMS codecs and the hash treat every kind alike; each kind says which strings are valid.
 */

/** How the options' `correct` marks make the key. */
export type KeyMarks = "exactly-one" | "at-least-one" | "none";

export interface QuestionKind {
  /** The value authors write: `<QuickCheck kind="…">`. */
  readonly id: string;
  /** The kind's name in the guide and in messages, e.g. "choose all that apply". */
  readonly title: string;
  /** What the learner is told to do, shown with the question (null: the question says it). */
  readonly instruction: string | null;
  /**
   * True when the options are the answer's parts in the right order, so the learner must never be
   * shown them that way first: they start shuffled on every attempt.
   */
  readonly startsShuffled: boolean;
  /** How many `<Option>` blocks a question of this kind has. */
  readonly options: { readonly min: number; readonly max: number };
  /** Which options carry `<Option correct>`: that is where the key is written. */
  readonly marks: KeyMarks;
  /** The key, from the options' marks (`marked[i]` is true for a marked option). */
  key(letters: readonly string[], marked: readonly boolean[]): string;
  /** Whether `response` is a complete answer of this kind to a question with these letters. */
  isResponse(response: string, letters: readonly string[]): boolean;
  /** Pure grading, all or nothing: true when the response earns the point. */
  score(response: string, key: string): boolean;
  /** How an LMS records it: the SCORM interaction type and the response in each version's format. */
  readonly scorm: {
    readonly type: "choice" | "sequencing";
    format(response: string, version: "1.2" | "2004"): string;
  };
}

/** SCORM lists letters with "," in 1.2 and "[,]" in 2004 (RTE 1.2 §3.4.2.4.3; 2004 RTE 4.2.9.1). */
export function scormList(letters: string, version: "1.2" | "2004"): string {
  return letters.split("").join(version === "1.2" ? "," : "[,]");
}

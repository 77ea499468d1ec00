/**
 * What a lesson's MDX body declares, gathered while it compiles: sections, questions, figures,
 * demos, in-page links and the anchors they may point to. The loader checks the links against the
 * anchors and hands the rest to the page (numbering, the answer key, the summary).
 */
import type { Question } from "@/lib/question";
import type { Problem } from "./problems";
import type { ComponentName, Level } from "./vocabulary";
import type { LevelWords } from "./level-words";

export interface SectionInfo {
  id: string;
  number: number;
  title: string;
  short: string;
  line: number;
}


export interface DemoInfo {
  id: string;
  steps: number;
  failureStep: number | null;
  line: number;
}

/** An image in the body, Markdown `![alt](src)` or `<img>`, as the author wrote it. */
export interface ImageInfo {
  src: string;
  /** null when the `<img>` has no alt attribute at all. */
  alt: string | null;
  line: number;
  via: string;
}

export interface CiteInfo {
  /** The source ids it names, in the order written. */
  ids: string[];
  line: number;
  /** The section it sits in, or null outside every section. */
  sectionId: string | null;
  /** The reading levels that show it: every level, unless it sits inside <Level>. */
  levels: Level[];
}

export interface LinkInfo {
  target: string;
  line: number;
  via: string;
}

export interface LessonScan {
  file: string;
  problems: Problem[];
  sections: SectionInfo[];
  questions: Question[];
  demos: DemoInfo[];
  figures: number;
  /** How many flip cards the lesson has (the XP meter counts turned ones against it). */
  flipCards: number;
  /** The SCIM lab challenges the lesson offers (the XP meter counts completed ones against them). */
  labChallenges: string[];
  /** The lab's id (its anchor), when the lesson has one. */
  labId: string | null;
  /**
   * Each "So far" box's text as a reader at each level reads it: `<Level>` passages inside the box
   * count only at the levels they show at, so an L1 line and an L2 line give each level its own.
   */
  soFar: Record<Level, string>[];
  /** Ids that exist on the page, with the line that defines them. */
  anchors: Map<string, number>;
  links: LinkInfo[];
  images: ImageInfo[];
  cites: CiteInfo[];
  used: Set<ComponentName>;
  /**
   * What the body writes for some reading levels only: each `<Level>` passage and each demo's
   * `wireFrom`, with the levels that would show it. One no offered level shows is an error.
   */
  levelUses: LevelUse[];
  /** Each use of a component that belongs to a subject (lib/content/subjects.ts). */
  subjectUses: { name: ComponentName; line: number }[];
  /** L1's words in each kind of block (QuickCheck, Demo, FlipCards …), largest first. */
  l1Blocks: { block: string; words: number }[];
  /** Words a reader sees at each level. */
  words: LevelWords;
}

export interface LevelUse {
  /** How the author wrote it, e.g. `<Level min="L2" max="L2">` or `<Demo wireFrom="L3">`. */
  tag: string;
  /** What it is, for the message: "a passage", "wire lines". */
  what: string;
  /** The levels that would show it. */
  levels: Level[];
  line: number | undefined;
}

export function emptyScan(file: string): LessonScan {
  return {
    file,
    problems: [],
    sections: [],
    questions: [],
    demos: [],
    figures: 0,
    flipCards: 0,
    labChallenges: [],
    labId: null,
    soFar: [],
    anchors: new Map(),
    links: [],
    images: [],
    cites: [],
    used: new Set(),
    levelUses: [],
    subjectUses: [],
    l1Blocks: [],
    words: { L1: 0, L2: 0, L3: 0 },
  };
}

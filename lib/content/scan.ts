/**
 * What a lesson's MDX body declares, gathered while it compiles: sections, questions, figures,
 * demos, in-page links and the anchors they may point to. The loader checks the links against the
 * anchors and hands the rest to the page (numbering, the answer key, the summary).
 */
import type { Problem } from "./problems";
import type { ComponentName, Level } from "./vocabulary";

export interface SectionInfo {
  id: string;
  number: number;
  title: string;
  short: string;
  line: number;
}

export interface QuestionInfo {
  id: string;
  /** 1-based position among all questions of the lesson. */
  number: number;
  correct: string;
  bloom: string;
  /** The option letters, in order: a, b, c… */
  letters: string[];
  /** Each option's plain text (whitespace collapsed), in the same order. */
  options: string[];
  /** A short hash of the question's content; saved answers to an edited question are dropped. */
  hash: string;
  /** The question's own text besides its options and explanation, whitespace collapsed. */
  prompt: string;
  /** The section it tests: its `section` attribute or the section it sits in; null when neither. */
  sectionId: string | null;
  kind: "inline" | "wrap-up";
  line: number;
}

export interface DemoInfo {
  id: string;
  steps: number;
  failureStep: number | null;
  line: number;
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
  questions: QuestionInfo[];
  demos: DemoInfo[];
  figures: number;
  /** How many flip cards the lesson has (the XP meter counts turned ones against it). */
  flipCards: number;
  soFar: string[];
  /** Ids that exist on the page, with the line that defines them. */
  anchors: Map<string, number>;
  links: LinkInfo[];
  cites: CiteInfo[];
  used: Set<ComponentName>;
  levelsUsed: Set<Level>;
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
    soFar: [],
    anchors: new Map(),
    links: [],
    cites: [],
    used: new Set(),
    levelsUsed: new Set(),
  };
}

/**
 * The lesson a test drives, read with the loader the site builds from (lib/content/load.ts): its
 * questions and their key, which of them sit inline, the pass mark, and the sections they test.
 * Every count and answer a spec asserts comes from here, so a lesson can gain or lose a question, or
 * change its pass mark, without a test changing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { frontmatterSchema, type Frontmatter } from "../../lib/content/frontmatter";
import { loadLessons, readFrontmatter } from "../../lib/content/load";
import type { Question } from "../../lib/question";
import { shownQuestions } from "../../lib/quiz/variants";

/** Which lesson a project drives: the folder its export was built from, and the lesson's slug. */
export interface LessonSource {
  /** The LESSONS_DIR of the build the project serves, relative to the project root. */
  dir: string;
  slug: string;
}

/** The Okta lesson in content/lessons/, served from out/. */
export const SITE_LESSON: LessonSource = { dir: "content/lessons", slug: "okta-scim-provisioning" };

/** One question as the tests see it: the lesson's question, where it sits, and the lesson's size. */
export interface QuizQuestion extends Question {
  /** A quick check in a section (answered with its own Check button), not in the wrap-up. */
  inline: boolean;
  /** How many questions the lesson has: the "of N" in every question's label. */
  of: number;
}

export interface QuizSection {
  id: string;
  title: string;
  /** The short title that links to it (the result's "Re-read" list). */
  short: string;
}

export interface QuizLesson {
  slug: string;
  title: string;
  /** The lesson's page, from the site root. */
  path: string;
  /** Where the page saves progress in localStorage. */
  storageKey: string;
  /** The questions a first attempt shows and scores, in page order (Q1 first): one per place. */
  questions: QuizQuestion[];
  /** The equivalent variants a retake shows instead of some of those (`variantOf`). */
  variants: QuizQuestion[];
  /** The questions attempt `retake` shows (0: the first attempt; each "Try again" adds one). */
  shownOn(retake: number): QuizQuestion[];
  inline: QuizQuestion[];
  wrapUp: QuizQuestion[];
  /** The pass mark in percent (frontmatter `passMark`, or the default). */
  passPercent: number;
  /** Right answers needed to pass: passPercent of the questions, rounded up. */
  passMark: number;
  sections: QuizSection[];
}

/** Where a question sits, as the loader reports it. */
const isInline = (q: Question): boolean => q.placement === "inline";

const loaded = new Map<string, Promise<QuizLesson>>();

/** Reads the lesson `source` names through the site's loader (once per worker and source). */
export function quizLesson(source: LessonSource): Promise<QuizLesson> {
  const key = `${source.dir}\n${source.slug}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = (async () => {
      const lessons = await loadLessons(path.resolve(source.dir));
      const lesson = lessons.find((l) => l.slug === source.slug);
      if (!lesson) throw new Error(`found no lesson "${source.slug}" in ${source.dir}, expected one of ${lessons.map((l) => l.slug).join(", ")}`);
      const places = lesson.questions.filter((q) => q.variantOf === null);
      const total = places.length;
      const all = lesson.questions.map((q) => ({ ...q, inline: isInline(q), of: total }));
      const questions = all.filter((q) => q.variantOf === null).sort((a, b) => a.number - b.number);
      const passPercent = lesson.frontmatter.passMark;
      return {
        slug: lesson.slug,
        title: lesson.frontmatter.title,
        path: `/lessons/${lesson.slug}/`,
        storageKey: `techclick:progress:${lesson.slug}`,
        questions,
        variants: all.filter((q) => q.variantOf !== null),
        shownOn: (retake: number) => shownQuestions(all, retake).sort((a, b) => a.number - b.number),
        inline: questions.filter((q) => q.inline),
        wrapUp: questions.filter((q) => !q.inline),
        passPercent,
        passMark: Math.ceil((total * passPercent) / 100),
        sections: lesson.sections.map(({ id, title, short }) => ({ id, title, short })),
      };
    })();
    loaded.set(key, pending);
  }
  return pending;
}

/** The question with this number. */
export function questionNumber(lesson: QuizLesson, n: number): QuizQuestion {
  const q = lesson.questions.find((question) => question.number === n);
  if (!q) throw new Error(`found no Q${n} in ${lesson.slug}, expected 1 to ${lesson.questions.length}`);
  return q;
}

/** The first `right` questions answered right and the rest wrong: a score of exactly `right`. */
export function firstRight(lesson: QuizLesson, right: number): (q: QuizQuestion) => boolean {
  if (right < 0 || right > lesson.questions.length) throw new Error(`asked for ${right} right answers, expected 0 to ${lesson.questions.length}`);
  return (q) => q.number <= right;
}

/** The sections, in page order, that test at least one of `missed`: what a failed result links to. */
export function sectionsOf(lesson: QuizLesson, missed: readonly QuizQuestion[]): QuizSection[] {
  return lesson.sections.filter((s) => missed.some((q) => q.sectionId === s.id));
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A count as the page's prose writes it: a word up to twelve, digits above. */
export function inWords(n: number): string {
  return WORDS[n] ?? String(n);
}

/** The same, capitalised to start a sentence. */
export function InWords(n: number): string {
  const word = inWords(n);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The wrap-up's layout sentence: "Four questions are in the sections above and six are below: ten in all." */
export function layoutSentence(lesson: QuizLesson): string {
  const [inline, below, total] = [lesson.inline.length, lesson.wrapUp.length, lesson.questions.length];
  if (inline === 0) return `${InWords(total)} question${total === 1 ? "" : "s"} below.`;
  return `${InWords(inline)} question${inline === 1 ? " is" : "s are"} in the sections above and ${inWords(below)} ${below === 1 ? "is" : "are"} below: ${inWords(total)} in all.`;
}

/** The wrap-up's count of answers so far: "Answered: 4 of 4 above, 0 of 6 below. Six left;". */
export function answeredSentence(lesson: QuizLesson, answeredInline: number, answeredBelow: number): string {
  const [inline, below] = [lesson.inline.length, lesson.wrapUp.length];
  const parts = [inline > 0 ? `${answeredInline} of ${inline} above` : null, below > 0 ? `${answeredBelow} of ${below} below` : null].filter(Boolean);
  return `Answered: ${parts.join(", ")}. ${InWords(lesson.questions.length - answeredInline - answeredBelow)} left;`;
}

/** "70% (7 of 10)": the pass mark as the wrap-up and the result state it. */
export const passMarkText = (lesson: QuizLesson): string => `${lesson.passPercent}% (${lesson.passMark} of ${lesson.questions.length})`;

/**
 * How long answering the whole assessment `attempts` times may take on CI's slow, loaded two-core
 * machine: a few seconds for each answer, more by keyboard. A lesson with more questions gets more.
 */
export function answeringTime(lesson: QuizLesson, { attempts = 1, by = "mouse" }: { attempts?: number; by?: "mouse" | "keyboard" } = {}): number {
  return attempts * lesson.questions.length * (by === "keyboard" ? 5_000 : 3_000);
}

/** The MDX source of the site's lesson (SITE_LESSON). */
const siteLessonSource = () => readFileSync(path.join(process.cwd(), SITE_LESSON.dir, `${SITE_LESSON.slug}.mdx`), "utf8");

/** The frontmatter of the site's lesson (SITE_LESSON), read as the build reads it. */
export function lessonFrontmatter(): Frontmatter {
  return frontmatterSchema.parse(readFrontmatter(siteLessonSource()).data);
}

/** How many numbered figures the site's lesson has: its infographics and its own figures. */
export function figureCount(): number {
  return [...siteLessonSource().matchAll(/^\s*<(Infographic|Figure)\b/gm)].length;
}

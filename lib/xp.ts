/**
 * The XP meter: how much of a lesson the learner has done, 0–100. Pure, so the header meter (live
 * store) and the index card (read straight from storage) compute the same number from the same
 * saved progress. Everything about XP lives here: the weights, what a lesson offers, what saved
 * progress is worth.
 *
 * Weights (they sum to 100 when the lesson has every kind of activity):
 * - sections read to the end: 25
 * - questions answered: 25
 * - the demo played: 10
 * - flip cards turned: 10
 * - SCIM lab challenges completed: 10
 * - the assessment passed: 20
 * An activity the lesson does not have (no demo, no cards, no lab) is left out and the others scale up,
 * so every lesson can reach 100.
 */

import { places } from "@/lib/quiz/variants";
import type { Lesson } from "@/lib/content/load";
import type { Progress } from "@/lib/progress/schema";

export const XP_WEIGHTS = { sections: 25, questions: 25, demo: 10, cards: 10, lab: 10, passed: 20 } as const;

/** What the lesson offers. */
export interface XpTotals {
  sections: number;
  questions: number;
  cards: number;
  hasDemo: boolean;
  /** How many SCIM lab challenges the lesson offers (0 without a lab). */
  labChallenges: number;
}

/** What the learner has done. */
export interface XpDone {
  sectionsRead: number;
  answered: number;
  cardsFlipped: number;
  demoPlayed: boolean;
  labDone: number;
  passed: boolean;
}

const share = (done: number, total: number) => (total > 0 ? Math.min(Math.max(done, 0), total) / total : 0);

/** The XP percentage, a whole number from 0 to 100. */
export function computeXp(done: XpDone, totals: XpTotals): number {
  const parts: [weight: number, fraction: number][] = [
    [totals.sections > 0 ? XP_WEIGHTS.sections : 0, share(done.sectionsRead, totals.sections)],
    [totals.questions > 0 ? XP_WEIGHTS.questions : 0, share(done.answered, totals.questions)],
    [totals.hasDemo ? XP_WEIGHTS.demo : 0, done.demoPlayed ? 1 : 0],
    [totals.cards > 0 ? XP_WEIGHTS.cards : 0, share(done.cardsFlipped, totals.cards)],
    [totals.labChallenges > 0 ? XP_WEIGHTS.lab : 0, share(done.labDone, totals.labChallenges)],
    [totals.questions > 0 ? XP_WEIGHTS.passed : 0, done.passed ? 1 : 0],
  ];
  const available = parts.reduce((sum, [weight]) => sum + weight, 0);
  if (available === 0) return 0;
  const earned = parts.reduce((sum, [weight, fraction]) => sum + weight * fraction, 0);
  return Math.round((earned / available) * 100);
}

/** What the XP meter needs to know about a lesson (plain data, safe to pass to the client). */
export interface XpLesson extends XpTotals {
  /** Section ids, so that a stored id the lesson no longer has earns nothing. */
  sectionIds: string[];
  /** Question ids (one per place: a variant counts as the question it varies), for the same reason. */
  questionIds: string[];
  /** The SCIM lab challenges the lesson offers, for the same reason. */
  labChallengeIds: string[];
}

/** What a lesson offers toward XP, from its build-time scan. */
export function xpLesson(lesson: Pick<Lesson, "sections" | "questions" | "flipCards" | "usesDemo" | "labChallenges">): XpLesson {
  return {
    sections: lesson.sections.length,
    questions: places(lesson.questions).length,
    cards: lesson.flipCards,
    hasDemo: lesson.usesDemo,
    sectionIds: lesson.sections.map((s) => s.id),
    questionIds: places(lesson.questions).map((q) => q.id),
    labChallenges: lesson.labChallenges.length,
    labChallengeIds: lesson.labChallenges,
  };
}

type XpProgress = Pick<Progress, "sectionsRead" | "answeredEver" | "cardsSeen" | "demoPlayed" | "labDone" | "passed">;

/** The XP a learner's saved progress is worth on a lesson. */
export function xpFromProgress(progress: XpProgress, lesson: XpLesson): number {
  return computeXp(
    {
      sectionsRead: progress.sectionsRead.filter((id) => lesson.sectionIds.includes(id)).length,
      answered: progress.answeredEver.filter((id) => lesson.questionIds.includes(id)).length,
      cardsFlipped: progress.cardsSeen.length,
      demoPlayed: progress.demoPlayed,
      labDone: progress.labDone.filter((id) => lesson.labChallengeIds.includes(id)).length,
      passed: progress.passed !== null,
    },
    lesson,
  );
}

/** Where the things to do are on the page, for links (plain data, safe to pass to the client). */
export interface XpPlaces {
  sections: { id: string; number: number; short: string }[];
  /** The first demo's id, when the lesson has one. */
  demoId: string | null;
  /** Where the scored questions end (the wrap-up), when the lesson has questions. */
  wrapUpId: string | null;
  /** The lab's id, when the lesson has one. */
  labId: string | null;
}

export type XpTodo =
  | { kind: "sections"; sections: XpPlaces["sections"] }
  | { kind: "questions"; count: number }
  | { kind: "demo"; id: string | null }
  | { kind: "cards"; count: number }
  | { kind: "lab"; count: number; id: string | null }
  | { kind: "pass"; id: string | null };

/**
 * What a learner still has to do for 100% XP, in the order the lesson offers it: the XP meter's
 * explanation. Same inputs and id filtering as `xpFromProgress`, so "nothing left" is exactly "100%".
 */
export function xpLeft(progress: XpProgress, lesson: XpLesson, places: XpPlaces): XpTodo[] {
  const todo: XpTodo[] = [];
  const unread = places.sections.filter((s) => lesson.sectionIds.includes(s.id) && !progress.sectionsRead.includes(s.id));
  if (unread.length > 0) todo.push({ kind: "sections", sections: unread });
  const answered = progress.answeredEver.filter((id) => lesson.questionIds.includes(id)).length;
  if (lesson.questions > answered) todo.push({ kind: "questions", count: lesson.questions - answered });
  if (lesson.hasDemo && !progress.demoPlayed) todo.push({ kind: "demo", id: places.demoId });
  const cardsLeft = lesson.cards - Math.min(progress.cardsSeen.length, lesson.cards);
  if (cardsLeft > 0) todo.push({ kind: "cards", count: cardsLeft });
  const labLeft = lesson.labChallenges - progress.labDone.filter((id) => lesson.labChallengeIds.includes(id)).length;
  if (labLeft > 0) todo.push({ kind: "lab", count: labLeft, id: places.labId });
  if (lesson.questions > 0 && progress.passed === null) todo.push({ kind: "pass", id: places.wrapUpId });
  return todo;
}

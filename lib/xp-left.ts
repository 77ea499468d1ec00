/**
 * What a learner still has to do for 100% XP, in the order the lesson offers it: the XP meter's
 * explanation. Uses the same inputs and the same id filtering as `xpFromProgress`, so "nothing
 * left" is exactly "100%".
 */
import type { Progress } from "@/lib/progress/schema";
import type { XpLesson } from "./xp";

/** Where the things to do are on the page, for links (plain data, safe to pass to the client). */
export interface XpPlaces {
  sections: { id: string; number: number; short: string }[];
  /** The first demo's id, when the lesson has one. */
  demoId: string | null;
  /** Where the scored questions end (the wrap-up), when the lesson has questions. */
  wrapUpId: string | null;
}

export type XpTodo =
  | { kind: "sections"; sections: XpPlaces["sections"] }
  | { kind: "questions"; count: number }
  | { kind: "demo"; id: string | null }
  | { kind: "cards"; count: number }
  | { kind: "pass"; id: string | null };

type XpProgress = Pick<Progress, "sectionsRead" | "answeredEver" | "cardsSeen" | "demoPlayed" | "passed">;

export function xpLeft(progress: XpProgress, lesson: XpLesson, places: XpPlaces): XpTodo[] {
  const todo: XpTodo[] = [];
  const unread = places.sections.filter((s) => lesson.sectionIds.includes(s.id) && !progress.sectionsRead.includes(s.id));
  if (unread.length > 0) todo.push({ kind: "sections", sections: unread });
  const answered = progress.answeredEver.filter((id) => lesson.questionIds.includes(id)).length;
  if (lesson.questions > answered) todo.push({ kind: "questions", count: lesson.questions - answered });
  if (lesson.hasDemo && !progress.demoPlayed) todo.push({ kind: "demo", id: places.demoId });
  const cardsLeft = lesson.cards - Math.min(progress.cardsSeen.length, lesson.cards);
  if (cardsLeft > 0) todo.push({ kind: "cards", count: cardsLeft });
  if (lesson.questions > 0 && progress.passed === null) todo.push({ kind: "pass", id: places.wrapUpId });
  return todo;
}

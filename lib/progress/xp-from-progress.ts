/**
 * The XP a learner's saved progress is worth. Shared by the header meter (live store) and the
 * index card (read straight from storage), so both always show the same number.
 */
import { computeXp, type XpTotals } from "@/lib/xp";
import type { Progress } from "./schema";

/** What the XP meter needs to know about a lesson. */
export interface XpLesson extends XpTotals {
  /** Section ids, so that a stored id the lesson no longer has earns nothing. */
  sectionIds: string[];
  /** Question ids, for the same reason. */
  questionIds: string[];
  /** The SCIM lab challenges the lesson offers, for the same reason. */
  labChallengeIds: string[];
}

type XpProgress = Pick<Progress, "sectionsRead" | "answeredEver" | "cardsSeen" | "demoPlayed" | "labDone" | "passed">;

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

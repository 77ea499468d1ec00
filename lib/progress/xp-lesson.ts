import type { Lesson } from "@/lib/content/load";
import type { XpLesson } from "./xp-from-progress";

/** What a lesson offers toward XP, from its build-time scan (plain data, safe to pass to the client). */
export function xpLesson(lesson: Pick<Lesson, "sections" | "questions" | "flipCards" | "usesDemo" | "labChallenges">): XpLesson {
  return {
    sections: lesson.sections.length,
    questions: lesson.questions.length,
    cards: lesson.flipCards,
    hasDemo: lesson.usesDemo,
    sectionIds: lesson.sections.map((s) => s.id),
    questionIds: lesson.questions.map((q) => q.id),
    labChallenges: lesson.labChallenges.length,
    labChallengeIds: lesson.labChallenges,
  };
}

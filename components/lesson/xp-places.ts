import type { Lesson } from "@/lib/content/load";
import type { XpPlaces } from "@/lib/xp";

/** Where the XP meter's "what is left" links go, from the lesson's build-time scan. */
export function xpPlaces(lesson: Pick<Lesson, "sections" | "demos" | "questions" | "labId">): XpPlaces {
  return {
    sections: lesson.sections.map(({ id, number, short }) => ({ id, number, short })),
    demoId: lesson.demos[0]?.id ?? null,
    wrapUpId: lesson.questions.some((q) => q.placement === "wrap-up") ? "wrap-up" : null,
    labId: lesson.labId,
  };
}

import { site } from "@/lib/site";
import type { LessonStore, QuestionKey } from "@/lib/progress/store";

/**
 * In a SCORM package, connects the progress store to the LMS before saved progress is read (the LMS
 * then holds it); elsewhere resolves at once and loads nothing. Resolves to the disconnect function.
 */
export async function linkLms(store: LessonStore, slug: string, questions: QuestionKey[]): Promise<() => void> {
  if (!site.packaged) return () => {};
  const { connectLms } = await import("@/lib/scorm/connect");
  return connectLms(store, { slug, questions });
}

import type { QuestionRef } from "@/lib/question";
import type { SectionInfo } from "@/lib/content/scan";

export type { QuestionRef } from "@/lib/question";

/** A section as the result's "re-read" links need it. */
export type SectionRef = Pick<SectionInfo, "id" | "short">;

/** What every part of the wrap-up knows about the lesson's assessment. */
export interface WrapUpData {
  /** Every question of the lesson, inline ones included: all of them are scored. */
  questions: QuestionRef[];
  /** The lesson's sections, for "re-read" links after a failed attempt. */
  sections: SectionRef[];
  /** The lesson's pass mark, in percent. */
  passPercent: number;
}

import { NotebookPen } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { ResetProgress } from "@/components/progress/reset-progress";
import { StaleAnswersNote } from "@/components/progress/stale-answers-note";
import { StorageNote } from "@/components/progress/storage-note";
import { passMark } from "@/lib/scoring";
import { places } from "@/lib/quiz/variants";
import { WrapUpIntro } from "./wrap-up-intro";
import type { WrapUpData } from "./types";
import { WrapUpSubmit } from "./wrap-up-submit";

export type WrapUpProps = AttributesOf<"WrapUp"> &
  WrapUpData & {
    /** The wrap-up's own QuickChecks. */
    children?: ReactNode;
  };

/** The wrap-up assessment: the remaining questions, scored together with the inline ones. */
export function WrapUp({ title = "Wrap-up assessment", questions, sections, passPercent, children }: WrapUpProps) {
  const total = places(questions).length;
  return (
    <section id="wrap-up" aria-labelledby="wrap-up-title" className="mt-16">
      <h2 id="wrap-up-title" tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
        <NotebookPen aria-hidden="true" className={LEAD_ICON} />
        {title}
      </h2>
      <p className="mt-2">
        <WrapUpIntro questions={questions} />{" "}
        {passPercent}% ({passMark(total, passPercent)} of {total}) completes the lesson.
      </p>
      <StorageNote />
      <StaleAnswersNote questions={questions} />
      {children}
      <WrapUpSubmit questions={questions} sections={sections} passPercent={passPercent} />
      <ResetProgress />
    </section>
  );
}

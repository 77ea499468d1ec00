"use client";

import { useProgress } from "@/components/progress/progress-provider";
import type { QuestionRef } from "@/lib/question";
import { shownQuestions } from "@/lib/quiz/variants";
import { countWord } from "@/lib/scoring";

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * How the questions are laid out ("Four questions are in the sections above and six are below:
 * ten in all."), then, once saved answers are read, how many of each are answered and what to do
 * next. Before that (and without JavaScript) only the layout is stated, which is true for everyone.
 */
export function WrapUpIntro({ questions }: { questions: QuestionRef[] }) {
  const hydrated = useProgress((s) => s.hydrated);
  const answers = useProgress((s) => s.answers);
  const submitted = useProgress((s) => s.submitted);
  const retakes = useProgress((s) => (s.hydrated ? s.retakes : 0));
  // Of each question's variants, the one this attempt shows: one per place.
  const shown = shownQuestions(questions, retakes);
  const questionIds = shown.map((q) => q.id);
  const inlineIds = shown.filter((q) => q.placement === "inline").map((q) => q.id);
  const total = questionIds.length;
  const inline = inlineIds.length;
  const below = total - inline;
  const layout =
    inline === 0
      ? `${capitalised(countWord(total))} question${total === 1 ? "" : "s"} below.`
      : `${capitalised(countWord(inline))} question${inline === 1 ? " is" : "s are"} in the sections above and ${countWord(below)} ${below === 1 ? "is" : "are"} below: ${countWord(total)} in all.`;
  if (!hydrated) return <span>{layout}</span>;
  const answeredInline = inlineIds.filter((id) => answers[id] !== undefined).length;
  const answeredBelow = questionIds.filter((id) => !inlineIds.includes(id) && answers[id] !== undefined).length;
  const left = total - answeredInline - answeredBelow;
  let status: string;
  if (submitted) status = "Submitted: your result is at the end.";
  else if (left === 0) status = "All answered: submit them at the end.";
  else {
    const parts = [inline > 0 ? `${answeredInline} of ${inline} above` : null, below > 0 ? `${answeredBelow} of ${below} below` : null].filter(Boolean);
    status = `Answered: ${parts.join(", ")}. ${capitalised(countWord(left))} left; submit them together at the end.`;
  }
  return (
    <span data-wrap-up-counts>
      {layout} {status}
    </span>
  );
}

"use client";

import { useProgress } from "@/components/progress/progress-provider";
import { countWord } from "@/lib/scoring";

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "You've answered 4 inline. Six left." from the saved answers. Until they are read it says how
 * the questions are laid out instead, which is true for everyone.
 */
export function WrapUpIntro({ questionIds, inlineIds }: { questionIds: string[]; inlineIds: string[] }) {
  const inline = inlineIds.length;
  const hydrated = useProgress((s) => s.hydrated);
  const answers = useProgress((s) => s.answers);
  const total = questionIds.length;
  if (!hydrated) {
    return (
      <span>
        {capitalised(countWord(inline))} {inline === 1 ? "question is" : "questions are"} inline in the sections and {countWord(total - inline)}{" "}
        {total - inline === 1 ? "is" : "are"} below.
      </span>
    );
  }
  const answered = questionIds.filter((id) => answers[id] !== undefined);
  const answeredInline = inlineIds.filter((id) => answers[id] !== undefined).length;
  const left = total - answered.length;
  return (
    <span data-wrap-up-counts>
      You&apos;ve answered {answeredInline} inline{answeredInline < inline ? ` (of ${inline})` : ""}.{" "}
      {left === 0 ? "All answered." : `${capitalised(countWord(left))} left.`}
    </span>
  );
}

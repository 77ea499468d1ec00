"use client";

import type { ReactNode } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { StaleQuestionNote } from "@/components/progress/stale-question-note";
import { AnswerFeedback } from "./answer-feedback";

/** One option as the server extracted it from an <Option>. */
export interface QuickCheckOption {
  letter: string;
  content: ReactNode;
}

export interface QuickCheckFormProps {
  /** The question id; also the fieldset's id, the target of "#q5" links. */
  id: string;
  number: string;
  correct: string;
  kind: "inline" | "wrap-up";
  /** "Quick check · Q1 of 10 · Remember". */
  eyebrow: string;
  prompt: ReactNode;
  options: QuickCheckOption[];
  explanation: ReactNode;
}

/**
 * The interactive question: native radios in a fieldset (arrow keys move and choose), a Check
 * button for inline checks, and the feedback once the answer is locked or submitted. Until saved
 * progress is read it renders nothing chosen, like the static HTML.
 */
export function QuickCheckForm({ id, correct, kind, eyebrow, prompt, options, explanation }: QuickCheckFormProps) {
  const hydrated = useProgress((s) => s.hydrated);
  const saved = useProgress((s) => s.answers[id]);
  const submitted = useProgress((s) => s.submitted);
  const choose = useProgress((s) => s.choose);
  const check = useProgress((s) => s.check);

  const answer = hydrated ? saved : undefined;
  const frozen = hydrated && (answer?.locked === true || submitted);
  const reveal = answer !== undefined && (kind === "inline" ? answer.locked : submitted);

  return (
    <fieldset id={id} data-question={id} className="my-8 scroll-mt-20 rounded-xl border border-line-soft bg-surface p-4 sm:p-5">
      <legend className="float-left w-full p-0">
        <span className="block text-xs font-semibold tracking-wider text-muted uppercase">{eyebrow}</span>
        <span className="mt-2 block text-[1.0625rem] leading-snug font-semibold">{prompt}</span>
      </legend>
      <StaleQuestionNote id={id} />
      <div className="clear-left space-y-2 pt-3">
        {options.map((option) => {
          const chosen = answer?.choice === option.letter;
          const right = option.letter === correct;
          const tone =
            reveal && right ? "border-success bg-success-soft" : reveal && chosen ? "border-danger bg-danger-soft" : chosen ? "border-accent bg-accent-soft" : "border-line-soft";
          return (
            <label
              key={option.letter}
              className={`flex min-h-11 items-start gap-3 rounded-lg border px-3 py-2.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${tone} ${frozen ? "" : "cursor-pointer hover:border-accent"}`}
            >
              <input
                type="radio"
                id={`${id}-${option.letter}`}
                name={id}
                value={option.letter}
                checked={chosen}
                disabled={frozen}
                onChange={() => choose(id, option.letter)}
                className="mt-1 size-4 shrink-0 accent-accent focus-visible:outline-none"
              />
              <span>
                <span className="font-semibold">{option.letter}.</span> {option.content}
                {/* A separate phrase for screen readers too: "…on a schedule — right answer", never "schedule✓". */}
                {reveal && right && (
                  <span data-mark="right" className="text-sm font-semibold whitespace-nowrap text-success">
                    {" "}
                    <span className="sr-only">— </span>
                    <span aria-hidden="true">✓ </span>right answer
                  </span>
                )}
                {reveal && chosen && !right && (
                  <span data-mark="yours" className="text-sm font-semibold whitespace-nowrap text-danger">
                    {" "}
                    <span className="sr-only">— </span>
                    <span aria-hidden="true">✗ </span>your answer
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {kind === "inline" && (
        <button
          type="button"
          disabled={!answer}
          aria-disabled={frozen || undefined}
          onClick={() => check(id)}
          className="js-only mt-4 inline-flex min-h-10 items-center rounded-lg bg-accent px-5 font-semibold text-on-accent disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-default aria-disabled:bg-surface-2 aria-disabled:text-muted"
        >
          {answer?.locked ? "Checked" : "Check"}
        </button>
      )}
      {/* Inline feedback is announced; wrap-up feedback appears all at once and the score is announced instead. */}
      <div role={kind === "inline" ? "status" : undefined} className="js-only">
        {reveal && <AnswerFeedback choice={answer.choice} correct={correct} kind={kind} explanation={explanation} />}
      </div>
      <details className="no-js-only mt-3">
        <summary className="cursor-pointer text-accent">Show the answer</summary>
        <div className="mt-2 [&>p:first-of-type]:inline [&_p:last-child]:mb-0">
          <strong>Correct: {correct}.</strong> {explanation}
        </div>
      </details>
    </fieldset>
  );
}

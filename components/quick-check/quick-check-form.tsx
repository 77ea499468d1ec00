"use client";

import type { ReactNode } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { StaleQuestionNote } from "@/components/progress/stale-question-note";
import { retrySlotId, type Question } from "@/lib/question";
import { shownVariant } from "@/lib/quiz/variants";
import { questionKind } from "@/lib/quiz/kinds";
import { lettersFor } from "@/lib/quiz/letters";
import { shownOrder } from "@/lib/quiz/attempt-order";
import { AnswerFeedback, RightAnswer } from "./answer-feedback";
import { QUESTION_INPUTS, type ShownOption } from "./inputs";

/** One option as the server extracted it from an <Option>, in the author's order. */
export type AuthoredOption = Omit<ShownOption, "label">;

export interface QuickCheckFormProps {
  question: Pick<Question, "id" | "kind" | "placement" | "correct" | "letters">;
  /** The ids of the variants filling this question's place, its own among them: an attempt shows one. */
  variants: string[];
  /** "Quick check · Q1 of 10 · Remember". */
  eyebrow: string;
  prompt: ReactNode;
  options: AuthoredOption[];
  explanation: ReactNode;
}

/**
 * The interactive question: the kind's input in a fieldset, a Check button for inline checks, and
 * the feedback once the answer is locked or submitted. Until saved progress is read it renders
 * the first attempt with nothing chosen, like the static HTML.
 */
export function QuickCheckForm({ question, variants, eyebrow, prompt, options, explanation }: QuickCheckFormProps) {
  const { id, kind, placement, correct } = question;
  const input = QUESTION_INPUTS[kind];
  const keepable = placement === "wrap-up" && input.keepLabel !== undefined;
  // Each value is selected as it is shown, saved progress included only once it is read: with nothing
  // saved, reading it re-renders only a wrap-up question that gains its keep button (put in order).
  // The answer shows as soon as it is in the store: one chosen before saved progress is read (a box
  // checked while the page's scripts loaded, reported as the block hydrates) stays chosen on screen.
  const answer = useProgress((s) => s.answers[id]);
  const submitted = useProgress((s) => s.hydrated && s.submitted);
  const retake = useProgress((s) => (s.hydrated ? s.retakes : 0));
  const canKeep = useProgress((s) => keepable && s.hydrated && !s.submitted && s.answers[id] === undefined);
  const choose = useProgress((s) => s.choose);
  const lock = useProgress((s) => s.lock);

  const order = shownOrder(question, retake);
  // Until progress is read, the first attempt's: the question as written. A variant another attempt
  // shows is not rendered (not even hidden): the page's HTML stays lighter to parse and hydrate, and
  // a retake renders it from the props it already has.
  const shownHere = shownVariant(variants, retake) === id;
  const byLetter = new Map(options.map((o) => [o.letter, o]));
  const labels = lettersFor(order.length);
  const shown = order.flatMap((letter, i) => {
    const option = byLetter.get(letter);
    return option ? [{ ...option, label: labels[i] ?? letter }] : [];
  });

  const response = answer?.choice ?? input.start?.(shown);
  const frozen = answer?.locked === true || submitted;
  const reveal = answer !== undefined && (placement === "inline" ? answer.locked : submitted);
  const complete = response !== undefined && questionKind(kind).isResponse(response, question.letters);
  const { instruction } = questionKind(kind);

  const onCheck = () => {
    if (!complete) return;
    if (answer?.choice !== response) choose(id, response);
    lock(id);
  };

  if (!shownHere) return null;
  return (
    <div>
      {/* Where "Try again" places its note when this is the first question it cleared. */}
      <div id={retrySlotId(id)} data-retry-slot />
      <fieldset id={id} data-question={id} data-kind={kind} className="my-8 rounded-xl border border-line-soft bg-surface p-4 sm:p-5">
        <legend className="float-left w-full p-0">
          <span className="block text-xs font-semibold tracking-wider text-muted uppercase">{eyebrow}</span>
          <span className="mt-2 block text-[1.0625rem] leading-snug font-semibold">{prompt}</span>
          {instruction && <span className="mt-1 block text-sm font-semibold text-muted">{instruction}</span>}
        </legend>
        <StaleQuestionNote id={id} />
        <input.Input id={id} options={shown} correct={correct} response={response} frozen={frozen} reveal={reveal} onRespond={(r) => choose(id, r)} />
        {placement === "inline" && (
          <button
            type="button"
            disabled={!complete}
            aria-disabled={frozen || undefined}
            onClick={onCheck}
            className="js-only mt-4 inline-flex min-h-10 items-center rounded-lg bg-accent px-5 font-semibold text-on-accent disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-default aria-disabled:bg-surface-2 aria-disabled:text-muted"
          >
            {answer?.locked ? "Checked" : "Check"}
          </button>
        )}
        {canKeep && response !== undefined && (
          <button
            type="button"
            onClick={() => choose(id, response)}
            className="mt-3 inline-flex min-h-10 items-center rounded-lg border border-accent px-4 text-sm font-semibold text-accent hover:bg-accent-soft"
          >
            {input.keepLabel}
          </button>
        )}
        {/* Inline feedback is announced; wrap-up feedback appears all at once and the score is announced instead. */}
        <div role={placement === "inline" ? "status" : undefined} className="js-only">
          {reveal && (
            <AnswerFeedback kind={kind} response={answer.choice} correct={correct} options={shown} placement={placement} explanation={explanation} />
          )}
        </div>
        <details className="no-js-only mt-3">
          <summary className="cursor-pointer text-accent">Show the answer</summary>
          <RightAnswer kind={kind} correct={correct} options={shown} explanation={explanation} />
        </details>
      </fieldset>
    </div>
  );
}

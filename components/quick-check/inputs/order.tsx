"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { OptionMark } from "./option-mark";
import type { QuestionInput, QuestionInputProps, ShownOption } from "./types";

const moveButton =
  "inline-flex size-11 items-center justify-center rounded-md border border-line bg-surface text-accent hover:border-accent disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * Steps in a list, each with Move up / Move down buttons (the keyboard's way and the pointer's;
 * no drag needed). Every move is announced with the step's new place. Once the answer shows, each
 * step says whether it is in its place or where it belongs.
 */
function OrderInput({ id, options, correct, response = "", frozen, reveal, onRespond }: QuestionInputProps) {
  const byLetter = new Map(options.map((o) => [o.letter, o]));
  const steps = [...response].map((l) => byLetter.get(l)).filter((o): o is ShownOption => o !== undefined);
  const [said, setSaid] = useState("");
  const focusAfterMove = useRef<{ letter: string; direction: "up" | "down" } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // The moved step keeps the focus, on the same button unless it reached the end it was moving to.
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-step="${moved.letter}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-move="${moved.direction}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-move="${moved.direction === "up" ? "down" : "up"}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [response]);

  const move = (from: number, direction: "up" | "down") => {
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= steps.length) return;
    const letters = [...response];
    [letters[from], letters[to]] = [letters[to]!, letters[from]!];
    onRespond(letters.join(""));
    const text = plain(steps[from]);
    setSaid(`${text}: moved to step ${to + 1} of ${steps.length}.`);
    focusAfterMove.current = { letter: steps[from]!.letter, direction };
  };

  return (
    <div className="clear-left pt-3">
      <ol ref={list} id={`${id}-steps`} className="space-y-2" aria-label="Your order">
        {steps.map((step, i) => {
          const place = correct.indexOf(step.letter);
          const inPlace = place === i;
          const tone = reveal ? (inPlace ? "border-success bg-success-soft" : "border-danger bg-danger-soft") : "border-line-soft";
          return (
            <li key={step.letter} data-step={step.letter} className={`flex min-h-11 items-center gap-3 rounded-lg border px-3 py-2 ${tone}`}>
              <span aria-hidden="true" className="w-5 shrink-0 text-center font-semibold text-muted">
                {i + 1}.
              </span>
              <span className="min-w-0 flex-1">
                <span data-step-text>{step.content}</span>
                {reveal && inPlace && (
                  <OptionMark tone="right" symbol="✓">
                    in its place
                  </OptionMark>
                )}
                {reveal && !inPlace && (
                  <OptionMark tone="wrong" symbol="✗">
                    {`belongs at step ${place + 1}`}
                  </OptionMark>
                )}
              </span>
              {!frozen && (
                <span className="js-only flex shrink-0 gap-1">
                  <button type="button" data-move="up" disabled={i === 0} onClick={() => move(i, "up")} className={moveButton} aria-label={`Move up: ${plain(step)}`}>
                    <ArrowUp aria-hidden="true" className="size-4" />
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    disabled={i === steps.length - 1}
                    onClick={() => move(i, "down")}
                    className={moveButton}
                    aria-label={`Move down: ${plain(step)}`}
                  >
                    <ArrowDown aria-hidden="true" className="size-4" />
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" className="sr-only">
        {said}
      </p>
    </div>
  );
}

/** A step's words for a button name or an announcement. */
function plain(step: ShownOption | undefined): string {
  return step?.text ?? "";
}

export const orderInput: QuestionInput = {
  Input: OrderInput,
  start: (options) => options.map((o) => o.letter).join(""),
  yours: "your order was",
  keyLabel: "Correct order",
  keepLabel: "Keep this order as my answer",
  sayResponse: (response, options) => {
    const byLetter = new Map(options.map((o) => [o.letter, o]));
    return [...response].map((l) => plain(byLetter.get(l))).join(" → ");
  },
  Key: ({ correct, options }) => {
    const byLetter = new Map(options.map((o) => [o.letter, o]));
    return (
      <ol className="mt-1 list-decimal pl-6">
        {[...correct].map((l) => (
          <li key={l}>{byLetter.get(l)?.content}</li>
        ))}
      </ol>
    );
  },
};

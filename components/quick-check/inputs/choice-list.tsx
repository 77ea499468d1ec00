"use client";

import { useRef, type ReactNode } from "react";
import { useCheckedBeforeHydration } from "@/components/use-checked-before-hydration";
import type { QuestionInputProps, ShownOption } from "./types";

interface ChoiceListProps extends Pick<QuestionInputProps, "id" | "options" | "frozen" | "reveal"> {
  /** Radios for one answer, checkboxes for several. */
  type: "radio" | "checkbox";
  chosen(letter: string): boolean;
  right(letter: string): boolean;
  onToggle(letter: string): void;
  /** The letters checked in the page before it hydrated, when they differ from what is chosen. */
  onCheckedEarly(letters: string[]): void;
  /** What the option says once the answer shows (right answer, missed…). */
  mark(option: ShownOption): ReactNode;
}

/** The border and background of an option box for what it shows. */
function optionTone({ reveal, right, chosen }: { reveal: boolean; right: boolean; chosen: boolean }): string {
  if (reveal && right) return "border-success bg-success-soft";
  if (reveal && chosen) return "border-danger bg-danger-soft";
  return chosen ? "border-accent bg-accent-soft" : "border-line-soft";
}

const OPTION_BOX =
  "flex min-h-11 items-start gap-3 rounded-lg border px-3 py-2.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus";

/** Native radios or checkboxes in the fieldset, each option a large labelled box. */
export function ChoiceList({ id, options, frozen, reveal, type, chosen, right, onToggle, onCheckedEarly, mark }: ChoiceListProps) {
  const list = useRef<HTMLDivElement>(null);
  useCheckedBeforeHydration(list, chosen, onCheckedEarly);
  return (
    <div ref={list} className="clear-left space-y-2 pt-3">
      {options.map((option) => (
        <label
          key={option.letter}
          className={`${OPTION_BOX} ${optionTone({ reveal, right: right(option.letter), chosen: chosen(option.letter) })} ${frozen ? "" : "cursor-pointer hover:border-accent"}`}
        >
          <input
            type={type}
            id={`${id}-option-${option.letter}`}
            // Radios share the question's name (one answer); each checkbox is its own control.
            name={type === "radio" ? id : `${id}-option-${option.letter}`}
            value={option.letter}
            checked={chosen(option.letter)}
            disabled={frozen}
            onChange={() => onToggle(option.letter)}
            className="mt-1 size-4 shrink-0 accent-accent focus-visible:outline-none"
          />
          <span>
            <span className="font-semibold">{option.label}.</span> {option.content}
            {reveal && mark(option)}
          </span>
        </label>
      ))}
    </div>
  );
}

"use client";

import { sayLetters } from "@/lib/quiz/letters";
import { OPTION_BOX, OptionMark, optionTone } from "./option-mark";
import { labelsOf, type QuestionInput, type QuestionInputProps } from "./types";

/** Checkboxes; once the answer shows, each option is marked right, wrong or missed. */
function ChooseAllInput({ id, options, correct, response = "", frozen, reveal, onRespond }: QuestionInputProps) {
  const toggle = (letter: string) =>
    onRespond(
      options
        .map((o) => o.letter)
        .filter((l) => (l === letter ? !response.includes(l) : response.includes(l)))
        .sort()
        .join(""),
    );
  return (
    <div className="clear-left space-y-2 pt-3">
      {options.map((option) => {
        const chosen = response.includes(option.letter);
        const right = correct.includes(option.letter);
        return (
          <label key={option.letter} className={`${OPTION_BOX} ${optionTone({ reveal, right, chosen })} ${frozen ? "" : "cursor-pointer hover:border-accent"}`}>
            <input
              type="checkbox"
              id={`${id}-${option.letter}`}
              name={id}
              value={option.letter}
              checked={chosen}
              disabled={frozen}
              onChange={() => toggle(option.letter)}
              className="mt-1 size-4 shrink-0 accent-accent focus-visible:outline-none"
            />
            <span>
              <span className="font-semibold">{option.label}.</span> {option.content}
              {reveal && right && chosen && (
                <OptionMark tone="right" symbol="✓">
                  right
                </OptionMark>
              )}
              {reveal && right && !chosen && (
                <OptionMark tone="wrong" symbol="○">
                  missed: this one applies
                </OptionMark>
              )}
              {reveal && !right && chosen && (
                <OptionMark tone="wrong" symbol="✗">
                  wrong: this one does not apply
                </OptionMark>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}

export const chooseAllInput: QuestionInput = {
  Input: ChooseAllInput,
  sayResponse: (response, options) => sayLetters(labelsOf(response, options)),
  Key: ({ correct, options }) => <>{sayLetters(labelsOf(correct, options))}</>,
};

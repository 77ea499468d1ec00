"use client";

import { sayLetters } from "@/lib/quiz/letters";
import { OPTION_BOX, OptionMark, optionTone } from "./option-mark";
import { labelsOf, type QuestionInput, type QuestionInputProps } from "./types";

/** Native radios in the fieldset: arrow keys move and choose. */
function ChooseOneInput({ id, options, correct, response, frozen, reveal, onRespond }: QuestionInputProps) {
  return (
    <div className="clear-left space-y-2 pt-3">
      {options.map((option) => {
        const chosen = response === option.letter;
        const right = option.letter === correct;
        return (
          <label key={option.letter} className={`${OPTION_BOX} ${optionTone({ reveal, right, chosen })} ${frozen ? "" : "cursor-pointer hover:border-accent"}`}>
            <input
              type="radio"
              id={`${id}-${option.letter}`}
              name={id}
              value={option.letter}
              checked={chosen}
              disabled={frozen}
              onChange={() => onRespond(option.letter)}
              className="mt-1 size-4 shrink-0 accent-accent focus-visible:outline-none"
            />
            <span>
              <span className="font-semibold">{option.label}.</span> {option.content}
              {reveal && right && (
                <OptionMark tone="right" symbol="✓">
                  right answer
                </OptionMark>
              )}
              {reveal && chosen && !right && (
                <OptionMark tone="wrong" symbol="✗">
                  your answer
                </OptionMark>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}

export const chooseOneInput: QuestionInput = {
  Input: ChooseOneInput,
  sayResponse: (response, options) => sayLetters(labelsOf(response, options)),
  Key: ({ correct, options }) => <>{sayLetters(labelsOf(correct, options))}</>,
};

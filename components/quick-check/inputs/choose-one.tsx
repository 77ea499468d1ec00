"use client";

import { sayLetters } from "@/lib/quiz/letters";
import { ChoiceList } from "./choice-list";
import { OptionMark } from "./option-mark";
import { labelsOf, type QuestionInput, type QuestionInputProps } from "./types";

/** Radios: arrow keys move and choose. Once the answer shows, the right one and a wrong choice are marked. */
function ChooseOneInput({ correct, response, onRespond, ...props }: QuestionInputProps) {
  return (
    <ChoiceList
      {...props}
      type="radio"
      chosen={(letter) => response === letter}
      right={(letter) => letter === correct}
      onToggle={onRespond}
      onCheckedEarly={([letter]) => letter !== undefined && onRespond(letter)}
      mark={(option) =>
        option.letter === correct ? (
          <OptionMark tone="right" symbol="✓">
            right answer
          </OptionMark>
        ) : response === option.letter ? (
          <OptionMark tone="wrong" symbol="✗">
            your answer
          </OptionMark>
        ) : null
      }
    />
  );
}

export const chooseOneInput: QuestionInput = {
  Input: ChooseOneInput,
  sayResponse: (response, options) => sayLetters(labelsOf(response, options)),
  Key: ({ correct, options }) => <>{sayLetters(labelsOf(correct, options))}</>,
};

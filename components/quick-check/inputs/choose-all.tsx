"use client";

import { sayLetters } from "@/lib/quiz/letters";
import { ChoiceList } from "./choice-list";
import { OptionMark } from "./option-mark";
import { labelsOf, type QuestionInput, type QuestionInputProps } from "./types";

/** Checkboxes; once the answer shows, each option is marked right, wrong or missed. */
function ChooseAllInput({ correct, response = "", onRespond, options, ...props }: QuestionInputProps) {
  const toggle = (letter: string) =>
    onRespond(
      options
        .map((o) => o.letter)
        .filter((l) => (l === letter ? !response.includes(l) : response.includes(l)))
        .sort()
        .join(""),
    );
  return (
    <ChoiceList
      {...props}
      options={options}
      type="checkbox"
      chosen={(letter) => response.includes(letter)}
      right={(letter) => correct.includes(letter)}
      onToggle={toggle}
      onCheckedEarly={(letters) => onRespond(letters.sort().join(""))}
      mark={({ letter }) => {
        const chosen = response.includes(letter);
        if (correct.includes(letter)) {
          return chosen ? (
            <OptionMark tone="right" symbol="✓">
              right
            </OptionMark>
          ) : (
            <OptionMark tone="wrong" symbol="○">
              missed: this one applies
            </OptionMark>
          );
        }
        return chosen ? (
          <OptionMark tone="wrong" symbol="✗">
            wrong: this one does not apply
          </OptionMark>
        ) : null;
      }}
    />
  );
}

export const chooseAllInput: QuestionInput = {
  Input: ChooseAllInput,
  sayResponse: (response, options) => sayLetters(labelsOf(response, options)),
  Key: ({ correct, options }) => <>{sayLetters(labelsOf(correct, options))}</>,
};

import type { ComponentType, ReactNode } from "react";

/** One option as the server extracted it from an <Option>, in the order it is shown. */
export interface ShownOption {
  /** The letter the author's order gives it: what responses and keys are made of. */
  letter: string;
  /** What the learner sees before it: its letter in the shown order (a, b, c…). */
  label: string;
  content: ReactNode;
  /** Its plain text, for button names and announcements. */
  text: string;
}

export interface QuestionInputProps {
  /** The question id; inputs name their controls from it. */
  id: string;
  options: ShownOption[];
  /** The key, in the kind's letter form. */
  correct: string;
  /** The response shown: the saved one, or the kind's starting arrangement. */
  response: string | undefined;
  /** True once the answer is locked or submitted: nothing can change. */
  frozen: boolean;
  /** True when the right answer is shown. */
  reveal: boolean;
  onRespond(response: string): void;
}

/** How one question kind is shown and said (its pure rules are in lib/quiz/kinds). */
export interface QuestionInput {
  Input: ComponentType<QuestionInputProps>;
  /** The arrangement a question starts with before the learner acts (put in order); none for choices. */
  start?(options: readonly ShownOption[]): string;
  /** The response in words, after "you chose" / "your answer was" (or `yours`). */
  sayResponse(response: string, options: readonly ShownOption[]): string;
  /** What the feedback calls the learner's response when not "you chose" / "your answer was", e.g. "your order was". */
  yours?: string;
  /** The right answer, after `keyLabel` ("Correct"). */
  Key: ComponentType<{ correct: string; options: readonly ShownOption[] }>;
  /** What the right answer is called ("Correct order"); with it, the key is a block of its own below the label. */
  keyLabel?: string;
  /** A button that keeps the starting arrangement as the answer, for a wrap-up question that has one. */
  keepLabel?: string;
}

/** Labels of the letters, in the order the learner sees them. */
export function labelsOf(letters: string, options: readonly ShownOption[]): string[] {
  return options.filter((o) => letters.includes(o.letter)).map((o) => o.label);
}

export type { ReactNode };

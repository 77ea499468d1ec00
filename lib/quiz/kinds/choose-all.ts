import { scormList, type QuestionKind } from "./types";

/** Written in letter order, without repeats: the one form a set of options is saved and compared in. */
const normalise = (letters: string) => [...new Set(letters)].sort().join("");

/**
 * "Choose all that apply": checkboxes; one or more options are right. Graded all or nothing: the
 * point needs exactly the right set, no missing and no extra option.
 */
export const chooseAll: QuestionKind = {
  id: "choose-all",
  title: "choose all that apply",
  instruction: "Choose all that apply.",
  startsShuffled: false,
  options: { min: 3, max: 6 },
  marks: "at-least-one",
  key: (letters, marked) => letters.filter((_, i) => marked[i]).join(""),
  isResponse: (response, letters) =>
    response.length > 0 && response === normalise(response) && [...response].every((l) => letters.includes(l)),
  score: (response, key) => normalise(response) === normalise(key),
  scorm: { type: "choice", format: (response, version) => scormList(normalise(response), version) },
};

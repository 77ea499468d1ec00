import { scormList, type QuestionKind } from "./types";

/** One right option among 2–6, chosen with radio buttons. The key is that option's letter. */
export const chooseOne: QuestionKind = {
  id: "choose-one",
  title: "choose one",
  instruction: null,
  startsShuffled: false,
  options: { min: 2, max: 6 },
  marks: "exactly-one",
  key: (letters, marked) => letters.filter((_, i) => marked[i]).join(""),
  isResponse: (response, letters) => response.length === 1 && letters.includes(response),
  score: (response, key) => response === key,
  scorm: { type: "choice", format: scormList },
};

import { scormList, type QuestionKind } from "./types";

/**
 * "Put in order": the author writes the steps in the right order; the learner sees them shuffled
 * and orders them (move up / move down). The response is every letter in the learner's order.
 * Graded exact: the point needs every step in its place.
 */
export const order: QuestionKind = {
  id: "order",
  title: "put in order",
  instruction: "Put them in order with the Move up and Move down buttons.",
  startsShuffled: true,
  options: { min: 3, max: 6 },
  marks: "none",
  key: (letters) => letters.join(""),
  isResponse: (response, letters) => response.length === letters.length && [...letters].every((l) => response.includes(l)),
  score: (response, key) => response === key,
  scorm: { type: "sequencing", format: scormList },
};

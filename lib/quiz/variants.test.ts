import { describe, expect, it } from "vitest";
import { placeOf, shownQuestions, variantGroups } from "./variants";

const q = (id: string, variantOf: string | null = null) => ({ id, variantOf });
const questions = [q("q1"), q("q2"), q("q2-b", "q2"), q("q3"), q("q3-b", "q3"), q("q3-c", "q3")];

describe("question variants", () => {
  it("group by the place they fill, in the lesson's order", () => {
    expect(variantGroups(questions).map((g) => g.map((v) => v.id))).toEqual([["q1"], ["q2", "q2-b"], ["q3", "q3-b", "q3-c"]]);
    expect(placeOf(q("q3-c", "q3"))).toBe("q3");
  });

  it("show the written question first, then a different variant on each retake", () => {
    expect(shownQuestions(questions, 0).map((v) => v.id)).toEqual(["q1", "q2", "q3"]);
    expect(shownQuestions(questions, 1).map((v) => v.id)).toEqual(["q1", "q2-b", "q3-b"]);
    expect(shownQuestions(questions, 2).map((v) => v.id)).toEqual(["q1", "q2", "q3-c"]);
    for (let retake = 1; retake < 12; retake++) {
      const before = shownQuestions(questions, retake - 1);
      shownQuestions(questions, retake).forEach((v, i) => {
        if (variantGroups(questions)[i]!.length > 1) expect(v.id).not.toBe(before[i]!.id);
      });
    }
  });
});

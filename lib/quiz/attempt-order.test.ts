import { describe, expect, it } from "vitest";
import { shownOrder } from "./attempt-order";

const choose = { id: "q5", kind: "choose-one" as const, letters: ["a", "b", "c", "d"], correct: "b" };
const order = { id: "q11", kind: "order" as const, letters: ["a", "b", "c", "d"], correct: "abcd" };

describe("the order a question's options are shown in", () => {
  it("is the author's order on a first attempt", () => {
    expect(shownOrder(choose, 0)).toEqual(["a", "b", "c", "d"]);
  });

  it("differs from the attempt before on every retake, and is the same on every reload", () => {
    for (let retake = 1; retake < 30; retake++) {
      expect(shownOrder(choose, retake)).not.toEqual(shownOrder(choose, retake - 1));
      expect(shownOrder(choose, retake)).toEqual(shownOrder(choose, retake));
      expect([...shownOrder(choose, retake)].sort()).toEqual(choose.letters);
    }
  });

  it("never starts a put-in-order question in its right order", () => {
    for (let retake = 0; retake < 30; retake++) expect(shownOrder(order, retake).join("")).not.toBe(order.correct);
  });
});

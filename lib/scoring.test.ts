import { describe, expect, it } from "vitest";
import { countWord, isRight, passMark, scoreAttempt, unanswered } from "./scoring";

const key = Array.from({ length: 10 }, (_, i) => ({ id: `q${i + 1}`, kind: "choose-one" as const, correct: "abcd".charAt(i % 4) }));
const allRight = Object.fromEntries(key.map((q) => [q.id, q.correct]));
const wrong = (correct: string) => (correct === "a" ? "b" : "a");

/** All right except the first `n` questions, answered wrongly. */
function withWrong(n: number): Record<string, string> {
  return Object.fromEntries(key.map((q, i) => [q.id, i < n ? wrong(q.correct) : q.correct]));
}

describe("passMark", () => {
  it("is the percentage of the questions, rounded up", () => {
    expect(passMark(10, 70)).toBe(7);
    expect(passMark(9, 70)).toBe(7);
    expect(passMark(3, 70)).toBe(3);
    expect(passMark(20, 70)).toBe(14);
    expect(passMark(10, 80)).toBe(8);
    expect(passMark(6, 50)).toBe(3);
    expect(passMark(7, 100)).toBe(7);
    expect(passMark(10, 1)).toBe(1);
  });

  it("is exact wherever the percentage divides evenly", () => {
    for (let total = 1; total <= 200; total++) {
      for (const percent of [10, 20, 25, 50, 70, 75, 80, 90, 100]) {
        const exact = (total * percent) % 100 === 0;
        if (exact) expect(passMark(total, percent)).toBe((total * percent) / 100);
      }
    }
  });
});

describe("scoreAttempt", () => {
  it("passes 10 of 10", () => {
    expect(scoreAttempt(allRight, key, 70)).toEqual({ score: 10, total: 10, passed: true, missed: [] });
  });

  it("fails at 6 of 10 and names the missed questions", () => {
    const result = scoreAttempt(withWrong(4), key, 70);
    expect(result).toMatchObject({ score: 6, total: 10, passed: false });
    expect(result.missed).toEqual(["q1", "q2", "q3", "q4"]);
  });

  it("passes at exactly 7 of 10", () => {
    expect(scoreAttempt(withWrong(3), key, 70)).toMatchObject({ score: 7, passed: true });
  });

  it("counts an unanswered question as wrong", () => {
    const answers: Record<string, string | undefined> = { ...allRight, q5: undefined, q9: undefined };
    delete answers.q10;
    expect(scoreAttempt(answers, key, 70)).toMatchObject({ score: 7, passed: true, missed: ["q5", "q9", "q10"] });
  });

  it("scores the answer it is given for an inline question: the first checked one, kept by the store", () => {
    // The store locks q1 on Check; later choices are refused, so the first answer is what reaches scoring.
    const firstChecked = { ...allRight, q1: wrong("a") };
    expect(scoreAttempt(firstChecked, key, 70).missed).toEqual(["q1"]);
  });

  it("takes the lesson's pass mark", () => {
    expect(scoreAttempt(withWrong(3), key, 80)).toMatchObject({ score: 7, passed: false });
    expect(scoreAttempt(withWrong(2), key, 80)).toMatchObject({ score: 8, passed: true });
  });

  it("never passes an empty key", () => {
    expect(scoreAttempt({}, [], 70)).toEqual({ score: 0, total: 0, passed: false, missed: [] });
  });
});

describe("unanswered", () => {
  it("lists questions without an answer, in order", () => {
    expect(unanswered({ q2: "a", q4: "b" }, key.slice(0, 5))).toEqual(["q1", "q3", "q5"]);
  });
});

describe("countWord", () => {
  it("spells small counts and falls back to digits", () => {
    expect(countWord(6)).toBe("six");
    expect(countWord(0)).toBe("zero");
    expect(countWord(13)).toBe("13");
  });
});

describe("each kind's grading", () => {
  it("choose one: the one right letter", () => {
    expect(isRight("b", { id: "q", kind: "choose-one", correct: "b" })).toBe(true);
    expect(isRight("c", { id: "q", kind: "choose-one", correct: "b" })).toBe(false);
    expect(isRight(undefined, { id: "q", kind: "choose-one", correct: "b" })).toBe(false);
  });

  it("choose all that apply: all or nothing, in any order", () => {
    const q = { id: "q", kind: "choose-all" as const, correct: "acd" };
    expect(isRight("acd", q)).toBe(true);
    expect(isRight("dca", q)).toBe(true);
    expect(isRight("ac", q)).toBe(false);
    expect(isRight("abcd", q)).toBe(false);
  });

  it("put in order: every step in its place", () => {
    const q = { id: "q", kind: "order" as const, correct: "abcd" };
    expect(isRight("abcd", q)).toBe(true);
    expect(isRight("abdc", q)).toBe(false);
  });

  it("mixes kinds in one attempt", () => {
    const mixed = [
      { id: "one", kind: "choose-one" as const, correct: "b" },
      { id: "all", kind: "choose-all" as const, correct: "ac" },
      { id: "seq", kind: "order" as const, correct: "abc" },
    ];
    expect(scoreAttempt({ one: "b", all: "ca", seq: "acb" }, mixed, 60)).toEqual({ score: 2, total: 3, passed: true, missed: ["seq"] });
  });
});

import { describe, expect, it } from "vitest";
import { xpFromProgress, xpLeft, type XpLesson, type XpPlaces } from "./xp";

const lesson: XpLesson = { sections: 2, questions: 3, cards: 2, hasDemo: true, labChallenges: 2, sectionIds: ["a", "b"], questionIds: ["q1", "q2", "q3"], labChallengeIds: ["provision", "rehire"] };
const places: XpPlaces = {
  sections: [
    { id: "a", number: 1, short: "Alpha" },
    { id: "b", number: 2, short: "Beta" },
  ],
  demoId: "demo",
  wrapUpId: "wrap-up",
  labId: "lab",
};
const fresh = { sectionsRead: [], answeredEver: [], cardsSeen: [], demoPlayed: false, labDone: [], passed: null };
const done = {
  sectionsRead: ["a", "b"],
  answeredEver: ["q1", "q2", "q3"],
  cardsSeen: ["x", "y"],
  demoPlayed: true,
  labDone: ["provision", "rehire"],
  passed: { date: "2026-01-01", score: 3, total: 3 },
};

describe("xpLeft", () => {
  it("lists everything for a new learner, in the lesson's order", () => {
    expect(xpLeft(fresh, lesson, places).map((t) => t.kind)).toEqual(["sections", "questions", "demo", "cards", "lab", "pass"]);
  });

  it("is empty exactly when the meter reads 100%", () => {
    expect(xpLeft(done, lesson, places)).toEqual([]);
    expect(xpFromProgress(done, lesson)).toBe(100);
  });

  it("names the one unread section after a passed assessment (the meter below 100%)", () => {
    const progress = { ...done, sectionsRead: ["a", "gone"] };
    expect(xpFromProgress(progress, lesson)).toBeLessThan(100);
    expect(xpLeft(progress, lesson, places)).toEqual([{ kind: "sections", sections: [{ id: "b", number: 2, short: "Beta" }] }]);
  });

  it("counts the questions and cards still to do, ignoring ids the lesson no longer has", () => {
    const todo = xpLeft({ ...done, answeredEver: ["q1", "old"], cardsSeen: ["x"] }, lesson, places);
    expect(todo).toEqual([
      { kind: "questions", count: 2 },
      { kind: "cards", count: 1 },
    ]);
  });
});

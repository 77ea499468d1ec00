import { describe, expect, it } from "vitest";
import { computeXp, XP_WEIGHTS, type XpDone, type XpTotals } from "./xp";

const totals: XpTotals = { sections: 4, questions: 10, cards: 4, hasDemo: true, labChallenges: 5 };
const none: XpDone = { sectionsRead: 0, answered: 0, cardsFlipped: 0, demoPlayed: false, labDone: 0, passed: false };
const all: XpDone = { sectionsRead: 4, answered: 10, cardsFlipped: 4, demoPlayed: true, labDone: 5, passed: true };

describe("computeXp", () => {
  it("weights sum to 100", () => {
    expect(Object.values(XP_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("is 0 for a new learner and 100 when everything is done", () => {
    expect(computeXp(none, totals)).toBe(0);
    expect(computeXp(all, totals)).toBe(100);
  });

  it("rises with each activity", () => {
    const steps: XpDone[] = [
      none,
      { ...none, sectionsRead: 1 },
      { ...none, sectionsRead: 1, answered: 1 },
      { ...none, sectionsRead: 1, answered: 1, demoPlayed: true },
      { ...none, sectionsRead: 1, answered: 1, demoPlayed: true, cardsFlipped: 1 },
      { ...none, sectionsRead: 1, answered: 1, demoPlayed: true, cardsFlipped: 1, labDone: 1 },
      { ...none, sectionsRead: 1, answered: 1, demoPlayed: true, cardsFlipped: 1, labDone: 1, passed: true },
    ];
    const xp = steps.map((s) => computeXp(s, totals));
    for (let i = 1; i < xp.length; i++) expect(xp[i]).toBeGreaterThan(xp[i - 1] ?? 0);
  });

  it("gives each activity its weight", () => {
    expect(computeXp({ ...none, sectionsRead: 4 }, totals)).toBe(25);
    expect(computeXp({ ...none, answered: 4 }, totals)).toBe(10);
    expect(computeXp({ ...none, labDone: 5 }, totals)).toBe(10);
    expect(computeXp({ ...none, demoPlayed: true }, totals)).toBe(10);
    expect(computeXp({ ...none, passed: true }, totals)).toBe(20);
  });

  it("caps counts at the lesson's totals (a card flipped twice, an old section id)", () => {
    expect(computeXp({ ...all, sectionsRead: 9, cardsFlipped: 7 }, totals)).toBe(100);
  });

  it("scales the others up when a lesson has no demo or cards", () => {
    expect(computeXp({ ...all, demoPlayed: false, cardsFlipped: 0 }, { ...totals, hasDemo: false, cards: 0 })).toBe(100);
    expect(computeXp({ ...all, labDone: 0 }, { ...totals, labChallenges: 0 })).toBe(100);
  });
});

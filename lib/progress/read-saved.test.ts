import { describe, expect, it } from "vitest";
import { readSavedProgress } from "./read-saved";
import { emptyProgress, PROGRESS_VERSION } from "./schema";
import { xpFromProgress } from "@/lib/xp";

const questions = [{ id: "q1", hash: "h1", kind: "choose-one" as const, letters: ["a", "b", "c", "d"] }];
const lesson = { sections: 2, questions: 1, cards: 0, hasDemo: false, labChallenges: 0, sectionIds: ["a", "b"], questionIds: ["q1"], labChallengeIds: [] };

describe("readSavedProgress", () => {
  it("reads what the store saved", () => {
    const raw = JSON.stringify({ state: { ...emptyProgress, passed: { date: "d", score: 1, total: 1 } }, version: PROGRESS_VERSION });
    expect(readSavedProgress(raw, questions).passed).toEqual({ date: "d", score: 1, total: 1 });
  });

  it("migrates version 1", () => {
    const raw = JSON.stringify({ state: { answers: { q1: "a" }, passed: true }, version: 1 });
    const progress = readSavedProgress(raw, questions);
    expect(progress.passed).not.toBeNull();
    expect(progress.answers.q1).toEqual({ choice: "a", hash: "h1", locked: true });
  });

  it("counts only the lab challenges the lesson offers", () => {
    const withLab = { ...lesson, labChallenges: 2, labChallengeIds: ["provision", "offboard"] };
    const progress = { ...emptyProgress, labDone: ["provision", "removed-one"] };
    // provision: half of 10, of 80 available (sections, questions, lab, pass).
    expect(xpFromProgress(progress, withLab)).toBe(Math.round((5 / 80) * 100));
  });

  it.each([null, "", "{oops", "[]", "42", JSON.stringify({ state: null })])("reads %j as nothing saved", (raw) => {
    expect(readSavedProgress(raw, questions)).toEqual(emptyProgress);
  });
});

describe("xpFromProgress", () => {
  it("ignores sections and questions the lesson no longer has", () => {
    const progress = { ...emptyProgress, sectionsRead: ["a", "gone"], answeredEver: ["q1", "old"] };
    // a: half of 25; q1: all of 25; of 70 available (sections, questions, pass).
    expect(xpFromProgress(progress, lesson)).toBe(Math.round(((12.5 + 25) / 70) * 100));
  });
});

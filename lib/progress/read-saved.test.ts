import { describe, expect, it } from "vitest";
import { readSavedProgress } from "./read-saved";
import { emptyProgress, PROGRESS_VERSION } from "./schema";
import { xpFromProgress } from "@/lib/xp";

const questions = [{ id: "q1", hash: "h1" }];
const lesson = { sections: 2, questions: 1, cards: 0, hasDemo: false, sectionIds: ["a", "b"], questionIds: ["q1"] };

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

  it.each([null, "", "{oops", "[]", "42", JSON.stringify({ state: null })])("reads %j as nothing saved", (raw) => {
    expect(readSavedProgress(raw, questions)).toEqual(emptyProgress);
  });
});

describe("xpFromProgress", () => {
  it("ignores sections and questions the lesson no longer has", () => {
    const progress = { ...emptyProgress, sectionsRead: ["a", "gone"], answeredEver: ["q1", "old"] };
    // a: half of 30; q1: all of 30; of 80 available (sections, questions, pass).
    expect(xpFromProgress(progress, lesson)).toBe(Math.round(((15 + 30) / 80) * 100));
  });
});

import { describe, expect, it } from "vitest";
import { dropStaleAnswers, emptyProgress, migrateProgress, PROGRESS_VERSION } from "./schema";

describe("migrateProgress", () => {
  it("upgrades version 1 (answers as letters, pass as a boolean)", () => {
    const v1 = { answers: { q1: "c", q2: "b", q3: 7 }, passed: true, passedAt: "2026-01-02T00:00:00.000Z", score: 8, level: "L3" };
    const progress = migrateProgress(v1, 1);
    expect(progress.answers).toEqual({
      q1: { choice: "c", hash: "", locked: true },
      q2: { choice: "b", hash: "", locked: true },
    });
    expect(progress.passed).toEqual({ date: "2026-01-02T00:00:00.000Z", score: 8, total: 10 });
    expect(progress.level).toBe("L3");
  });

  it("upgrades version 2 with no SCIM lab challenges done, keeping the rest", () => {
    const v2 = { ...emptyProgress, sectionsRead: ["outbound"], demoPlayed: true } as Record<string, unknown>;
    delete v2.labDone;
    expect(migrateProgress(v2, 2)).toEqual({ ...emptyProgress, sectionsRead: ["outbound"], demoPlayed: true, labDone: [] });
  });

  it("upgrades version 3 with no saved lab, keeping its challenges", () => {
    const v3 = { ...emptyProgress, labDone: ["provision"] } as Record<string, unknown>;
    delete v3.labState;
    expect(migrateProgress(v3, 3)).toEqual({ ...emptyProgress, labDone: ["provision"], labState: "" });
  });

  it("keeps a saved lab's text and drops one that is not text", () => {
    expect(migrateProgress({ ...emptyProgress, labState: '{"v":1}' }, 4).labState).toBe('{"v":1}');
    expect(migrateProgress({ ...emptyProgress, labState: { v: 1 } }, 4).labState).toBe("");
  });

  it("keeps saved lab challenges and drops ones that are not strings", () => {
    expect(migrateProgress({ ...emptyProgress, labDone: ["provision", "offboard"] }, 3).labDone).toEqual(["provision", "offboard"]);
    expect(migrateProgress({ ...emptyProgress, labDone: [1, 2] }, 3).labDone).toEqual([]);
  });

  it("reads a version 1 learner who had not passed", () => {
    expect(migrateProgress({ answers: {}, passed: false }, 1).passed).toBeNull();
  });

  it("returns empty progress for anything that is not an object", () => {
    for (const junk of [null, undefined, 42, "text", [1, 2], true]) {
      expect(migrateProgress(junk, PROGRESS_VERSION)).toEqual(emptyProgress);
    }
  });

  it("drops foreign fields and bad values field by field", () => {
    const progress = migrateProgress(
      { answers: "nope", attempts: [{ date: 1 }], level: "L9", flipped: ["a", "b"], demoPlayed: "yes", other: { app: true } },
      PROGRESS_VERSION,
    );
    expect(progress).toEqual({ ...emptyProgress, flipped: ["a", "b"] });
    expect(progress).not.toHaveProperty("other");
  });

  it("keeps valid current data as is", () => {
    const current = {
      ...emptyProgress,
      answers: { q1: { choice: "a", hash: "h1", locked: true } },
      attempts: [{ date: "d", score: 6, total: 10 }],
      sectionsRead: ["outbound"],
      ownWords: "Okta pushes.",
    };
    expect(migrateProgress(current, PROGRESS_VERSION)).toEqual(current);
  });
});

describe("dropStaleAnswers", () => {
  const questions = [
    { id: "q1", hash: "h1", kind: "choose-one" as const, letters: ["a", "b", "c", "d"] },
    { id: "q2", hash: "h2-new", kind: "choose-one" as const, letters: ["a", "b", "c", "d"] },
  ];

  it("drops answers to changed or removed questions and keeps the pass", () => {
    const passed = { date: "2026-01-01", score: 9, total: 10 };
    const stored = {
      ...emptyProgress,
      submitted: true,
      passed,
      answers: {
        q1: { choice: "a", hash: "h1", locked: true },
        q2: { choice: "b", hash: "h2-old", locked: true },
        gone: { choice: "c", hash: "x", locked: true },
      },
    };
    const { progress, dropped } = dropStaleAnswers(stored, questions);
    expect(dropped).toEqual(["q2", "gone"]);
    expect(Object.keys(progress.answers)).toEqual(["q1"]);
    expect(progress.passed).toEqual(passed);
    // A submitted attempt with a question missing can no longer be reviewed as it was.
    expect(progress.submitted).toBe(false);
  });

  it("adopts the current hash for answers migrated without one", () => {
    const stored = { ...emptyProgress, answers: { q1: { choice: "a", hash: "", locked: true } } };
    const { progress, dropped } = dropStaleAnswers(stored, questions);
    expect(dropped).toEqual([]);
    expect(progress.answers.q1?.hash).toBe("h1");
  });
});

import { describe, expect, it } from "vitest";
import { emptyProgress, PROGRESS_VERSION, type Progress } from "@/lib/progress/schema";
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from "./suspend-data";

const progress: Progress = {
  ...emptyProgress,
  answers: {
    q1: { choice: "c", hash: "1x2y3z", locked: true },
    q5: { choice: "a", hash: "9k", locked: false },
    q6: { choice: "acd", hash: "7m", locked: true },
    q7: { choice: "cabd", hash: "2p", locked: false },
  },
  submitted: true,
  attempts: [
    { date: "2026-11-30T10:00:00.000Z", score: 6, total: 10 },
    { date: "2026-11-30T10:05:00.000Z", score: 7, total: 10 },
  ],
  passed: { date: "2026-11-30T10:05:00.000Z", score: 7, total: 10 },
  level: "L3",
  flipped: ["card-1"],
  demoPlayed: true,
  sectionsRead: ["scim-oin", "outbound"],
  answeredEver: ["q1", "q5"],
  cardsSeen: ["card-1", "card-2"],
  ownWords: "Okta pushes users to the app over SCIM.",
};

/** The most a lesson's progress can hold: long ids, every attempt, the longest own-words text. */
function heaviest(): Progress {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${"x".repeat(40)}-${i}`);
  const questions = ids("question", 30);
  return {
    ...progress,
    answers: Object.fromEntries(questions.map((id) => [id, { choice: "d", hash: "zzzzzzz", locked: true }])),
    attempts: Array.from({ length: 20 }, () => ({ date: "2026-11-30T10:00:00.000Z", score: 29, total: 30 })),
    flipped: ids("card", 20),
    sectionsRead: ids("section", 15),
    answeredEver: questions,
    cardsSeen: ids("card", 20),
    ownWords: "é".repeat(2000),
  };
}

describe("suspend_data", () => {
  it("round-trips the learner's progress", () => {
    const data = encodeSuspendData(progress);
    expect(data.length).toBeLessThan(600);
    expect(decodeSuspendData(data)).toEqual({ state: progress, version: PROGRESS_VERSION });
  });

  it("still reads the one-letter layout of packages before several-letter responses", () => {
    const data = 'T1{"v":3,"a":{"q1":"C1x2y3z","q5":"a9k"}}';
    expect(decodeSuspendData(data)?.state.answers).toEqual({ q1: { choice: "c", hash: "1x2y3z", locked: true }, q5: { choice: "a", hash: "9k", locked: false } });
  });

  it("round-trips empty progress", () => {
    expect(decodeSuspendData(encodeSuspendData(emptyProgress))?.state).toEqual(emptyProgress);
  });

  it(`stays within SCORM 1.2's ${SUSPEND_DATA_LIMIT} characters, giving up history and free text before answers`, () => {
    const big = heaviest();
    const data = encodeSuspendData(big);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decodeSuspendData(data)!.state;
    expect(back.passed).toEqual({ ...big.passed, date: big.passed!.date });
    expect(back.level).toBe("L3");
    expect(Object.keys(back.answers)).toHaveLength(30);
  });

  it("keeps everything when it fits, and trims when a smaller limit is asked for", () => {
    const data = encodeSuspendData(progress, 300);
    expect(data.length).toBeLessThanOrEqual(300);
    expect(decodeSuspendData(data)?.state.answers).toEqual(progress.answers);
  });

  it.each([
    ["nothing", ""],
    ["an unknown format", "Z9{}"],
    ["a format tag with broken JSON", "T1{oops"],
    ["JSON that is not an object", "T1[1,2]"],
    ["another tool's text", "lesson=3;score=80"],
    ["an envelope without state", '{"hello":1}'],
  ])("reads %s as nothing saved", (_, raw) => {
    expect(decodeSuspendData(raw)).toBeNull();
  });

  it("drops wrong fields one by one and keeps the rest", () => {
    const data = 'T1{"v":2,"a":{"q1":"C1x","q2":7,"q3":""},"l":"L9","r":["a"],"t":[["x","six",10]],"w":42}';
    const state = decodeSuspendData(data)!.state;
    expect(state.answers).toEqual({ q1: { choice: "c", hash: "1x", locked: true } });
    expect(state.level).toBe("L2");
    expect(state.attempts).toEqual([]);
    // A wrong type in one field resets that field only.
    expect(state.sectionsRead).toEqual(["a"]);
  });

  it("migrates progress saved by an older schema (version 1, the device-storage envelope)", () => {
    const v1 = JSON.stringify({ state: { answers: { q1: "c" }, passed: true, passedAt: "2026-01-02T00:00:00.000Z", score: 8 }, version: 1 });
    const decoded = decodeSuspendData(v1)!;
    expect(decoded.version).toBe(PROGRESS_VERSION);
    expect(decoded.state.answers.q1).toEqual({ choice: "c", hash: "", locked: true });
    expect(decoded.state.passed).toEqual({ date: "2026-01-02T00:00:00.000Z", score: 8, total: 10 });
  });
});

import { describe, expect, it } from "vitest";
import { emptyProgress } from "@/lib/progress/schema";
import { createLmsAdapter, type LmsFailure } from "./adapter";
import type { Scorm12API, Scorm2004API } from "scorm-again";
import { cmiOf, runtime, type RuntimeApi } from "./scorm-again.test-helper";
import { startLmsSession, type AnsweredQuestion } from "./session";
import { decodeSuspendData } from "./suspend-data";

const KEY = ["c", "b", "b", "c", "a", "d", "c", "b", "d", "b"];
/** Ten answers with the first `right` of them correct. */
const answers = (right: number): AnsweredQuestion[] => KEY.map((correct, i) => ({ id: `q${i + 1}`, kind: "choose-one", correct, choice: i < right ? correct : correct === "a" ? "b" : "a" }));

function launch(version: "1.2" | "2004", stored?: Record<string, unknown>) {
  const { api, found } = runtime(version, stored);
  const failures: LmsFailure[] = [];
  let clock = 1_000_000;
  const session = startLmsSession(createLmsAdapter(found, (f) => failures.push(f)), { now: () => clock, commitDelay: 0 })!;
  return { api, session, failures, advance: (ms: number) => (clock += ms) };
}

const as12 = (api: RuntimeApi) => api as Scorm12API;
const as2004 = (api: RuntimeApi) => api as Scorm2004API;

type Interaction = Record<string, unknown> & { correct_responses: Record<string, { pattern: string }> };
/** The interactions in index order (the runtime's object keys are the indices). */
const interactions = (cmi: Record<string, unknown>) => {
  const byIndex = cmi.interactions as Record<string, Interaction>;
  return Object.keys(byIndex)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => byIndex[k]!);
};

describe("an LMS session, SCORM 1.2 (scorm-again)", () => {
  it("marks the lesson incomplete on the first launch", () => {
    const { api, session } = launch("1.2");
    expect(session.resuming).toBe(false);
    expect(as12(api).LMSGetValue("cmi.core.lesson_status")).toBe("incomplete");
  });

  it("reports a failed then a passed attempt with score and one interaction per question", () => {
    const { api, session, failures } = launch("1.2");
    session.reportAttempt({ percent: 60, passed: false, answers: answers(6) });
    let cmi = cmiOf(api) as { core: Record<string, unknown> };
    expect(cmi.core).toMatchObject({ lesson_status: "failed", score: { raw: "60", min: "0", max: "100" } });
    session.reportAttempt({ percent: 70, passed: true, answers: answers(7) });
    cmi = cmiOf(api) as { core: Record<string, unknown> };
    expect(cmi.core).toMatchObject({ lesson_status: "passed", score: { raw: "70", min: "0", max: "100" } });
    const all = interactions(cmi);
    expect(all).toHaveLength(20);
    expect(all[0]).toMatchObject({ id: "q1", type: "choice", student_response: "c", result: "correct", correct_responses: { 0: { pattern: "c" } } });
    expect(all[6]).toMatchObject({ id: "q7", student_response: "a", result: "wrong" });
    expect(all[16]).toMatchObject({ id: "q7", student_response: "c", result: "correct" });
    expect(failures).toEqual([]);
  });

  it("reports choose-all as choice and put-in-order as sequencing, in 1.2's comma lists", () => {
    const { api, session, failures } = launch("1.2");
    session.reportAttempt({
      percent: 50,
      passed: false,
      answers: [
        { id: "q-all", kind: "choose-all", choice: "dca", correct: "acd" },
        { id: "q-order", kind: "order", choice: "cbad", correct: "bcad" },
      ],
    });
    const all = interactions(cmiOf(api));
    expect(all[0]).toMatchObject({ type: "choice", student_response: "a,c,d", result: "correct", correct_responses: { 0: { pattern: "a,c,d" } } });
    expect(all[1]).toMatchObject({ type: "sequencing", student_response: "c,b,a,d", result: "wrong", correct_responses: { 0: { pattern: "b,c,a,d" } } });
    expect(failures).toEqual([]);
  });

  it("saves progress in suspend_data, and on finish records session time and exit suspend", () => {
    const { api, session, advance, failures } = launch("1.2");
    session.saveProgress({ ...emptyProgress, level: "L3", sectionsRead: ["outbound"] });
    session.flush();
    expect(decodeSuspendData(as12(api).LMSGetValue("cmi.suspend_data"))?.state).toMatchObject({ level: "L3", sectionsRead: ["outbound"] });
    advance(65_300);
    session.finish();
    expect(cmiOf(api)).toMatchObject({ core: { exit: "suspend", session_time: "00:01:05.30" } });
    expect(api.isTerminated()).toBe(true);
    expect(failures).toEqual([]);
  });

  it("resumes: entry resume, the earlier suspend_data and the result the LMS kept", () => {
    const first = launch("1.2");
    first.session.saveProgress({ ...emptyProgress, level: "L1" });
    first.session.reportAttempt({ percent: 70, passed: true, answers: [] });
    first.session.finish();
    const stored = cmiOf(first.api) as { core: Record<string, unknown> };
    const again = launch("1.2", { ...stored, core: { ...stored.core, entry: "resume" } });
    expect(again.session.resuming).toBe(true);
    expect(again.session.launchResult).toBe("passed");
    expect(decodeSuspendData(again.session.launchData)?.state.level).toBe("L1");
    // A resumed, passed lesson is not set back to incomplete.
    expect(as12(again.api).LMSGetValue("cmi.core.lesson_status")).toBe("passed");
  });
});

describe("an LMS session, SCORM 2004 (scorm-again)", () => {
  it("reports completion, success, the scaled score and the interactions", () => {
    const { api, session, advance, failures } = launch("2004");
    expect(as2004(api).GetValue("cmi.completion_status")).toBe("incomplete");
    session.reportAttempt({ percent: 60, passed: false, answers: answers(6) });
    expect(as2004(api).GetValue("cmi.success_status")).toBe("failed");
    session.reportAttempt({ percent: 70, passed: true, answers: answers(7) });
    advance(3_723_450);
    session.finish();
    const cmi = cmiOf(api);
    expect(cmi).toMatchObject({
      completion_status: "completed",
      success_status: "passed",
      score: { raw: "70", min: "0", max: "100", scaled: "0.7" },
      exit: "suspend",
      session_time: "PT1H2M3.45S",
    });
    const all = interactions(cmi);
    expect(all).toHaveLength(20);
    expect(all[5]).toMatchObject({ id: "q6", type: "choice", learner_response: "d", result: "correct", correct_responses: { 0: { pattern: "d" } } });
    expect(all[6]).toMatchObject({ id: "q7", type: "choice", learner_response: "a", result: "incorrect", correct_responses: { 0: { pattern: "c" } } });
    expect(all[16]).toMatchObject({ id: "q7", learner_response: "c", result: "correct" });
    expect(failures).toEqual([]);
  });

  it("reports choose-all as choice and put-in-order as sequencing, in 2004's list format", () => {
    const { api, session, failures } = launch("2004");
    session.reportAttempt({
      percent: 50,
      passed: false,
      answers: [
        { id: "q-all", kind: "choose-all", choice: "ca", correct: "acd" },
        { id: "q-order", kind: "order", choice: "bcad", correct: "bcad" },
      ],
    });
    const all = interactions(cmiOf(api));
    expect(all[0]).toMatchObject({ id: "q-all", type: "choice", learner_response: "a[,]c", result: "incorrect", correct_responses: { 0: { pattern: "a[,]c[,]d" } } });
    expect(all[1]).toMatchObject({ id: "q-order", type: "sequencing", learner_response: "b[,]c[,]a[,]d", result: "correct", correct_responses: { 0: { pattern: "b[,]c[,]a[,]d" } } });
    expect(failures).toEqual([]);
  });

  it("does not start when Initialize fails", () => {
    const { api, found } = runtime("2004");
    api.Initialize("");
    const failures: LmsFailure[] = [];
    // A second Initialize is refused by the runtime (error 103).
    expect(startLmsSession(createLmsAdapter(found, (f) => failures.push(f)))).toBeNull();
    expect(failures[0]).toMatchObject({ call: "Initialize", code: "103" });
  });
});

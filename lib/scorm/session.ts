/**
 * One launch of the lesson by an LMS, in the data model of the SCORM version the LMS speaks:
 * initialize, mark the attempt incomplete, keep suspend_data current (committed shortly after each
 * change), report each assessment attempt (status, score, one interaction per question) and, on
 * unload, session time, exit "suspend" (so the next launch resumes) and terminate.
 */
import type { Progress } from "@/lib/progress/schema";
import { questionKind, type QuestionKindId } from "@/lib/quiz/kinds";
import type { LmsAdapter } from "./adapter";
import { duration2004, time12, timespan12, timestamp2004 } from "./cmi-time";
import { encodeSuspendData } from "./suspend-data";

const CMI = {
  "1.2": {
    entry: "cmi.core.entry",
    exit: "cmi.core.exit",
    sessionTime: "cmi.core.session_time",
    learner: "cmi.core.student_id",
    score: "cmi.core.score",
    response: "student_response",
    wrong: "wrong",
  },
  "2004": {
    entry: "cmi.entry",
    exit: "cmi.exit",
    sessionTime: "cmi.session_time",
    learner: "cmi.learner_id",
    score: "cmi.score",
    response: "learner_response",
    wrong: "incorrect",
  },
} as const;

export interface AnsweredQuestion {
  id: string;
  kind: QuestionKindId;
  /** The learner's response and the key, in the kind's letter form. */
  choice: string;
  correct: string;
}

export interface AttemptReport {
  /** The score to record, 0–100. */
  percent: number;
  passed: boolean;
  /** The questions of the attempt just submitted; empty when only the result is re-sent. */
  answers: AnsweredQuestion[];
}

export interface LmsSession {
  readonly version: LmsAdapter["version"];
  /** The LMS resumes a suspended attempt (entry "resume"). */
  readonly resuming: boolean;
  readonly learnerId: string;
  /** suspend_data as the LMS held it at launch. */
  readonly launchData: string;
  /** The result the LMS held at launch: "passed", "failed" or "" when none. */
  readonly launchResult: string;
  saveProgress(progress: Progress): void;
  reportAttempt(report: AttemptReport): void;
  /** Commits pending changes now. */
  flush(): void;
  finish(): void;
}

export interface SessionOptions {
  now?: () => number;
  /** How long to gather changes before a commit, in ms. */
  commitDelay?: number;
}

export function startLmsSession(lms: LmsAdapter, { now = Date.now, commitDelay = 1000 }: SessionOptions = {}): LmsSession | null {
  if (!lms.initialize()) return null;
  const started = now();
  const cmi = CMI[lms.version];
  const is12 = lms.version === "1.2";
  const resuming = lms.get(cmi.entry) === "resume";
  const learnerId = lms.get(cmi.learner);
  const launchData = lms.get("cmi.suspend_data");

  let launchResult = "";
  if (is12) {
    const status = lms.get("cmi.core.lesson_status");
    if (status === "passed" || status === "failed") launchResult = status;
    else if (status !== "completed" && status !== "incomplete") lms.set("cmi.core.lesson_status", "incomplete");
  } else {
    const success = lms.get("cmi.success_status");
    if (success === "passed" || success === "failed") launchResult = success;
    if (lms.get("cmi.completion_status") !== "completed") lms.set("cmi.completion_status", "incomplete");
  }
  lms.commit();

  let saved = launchData;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let finished = false;
  let interactionCount = Number.parseInt(lms.get("cmi.interactions._count"), 10) || 0;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (dirty && !finished) dirty = !lms.commit();
  };
  const scheduleCommit = () => {
    dirty = true;
    if (timer === undefined) timer = setTimeout(flush, commitDelay);
  };

  const recordInteraction = (answer: AnsweredQuestion, at: Date) => {
    const n = `cmi.interactions.${interactionCount}`;
    const kind = questionKind(answer.kind);
    const right = kind.score(answer.choice, answer.correct);
    // The id first, then the type: an LMS checks later fields against them.
    lms.set(`${n}.id`, answer.id);
    lms.set(`${n}.type`, kind.scorm.type);
    if (is12) lms.set(`${n}.time`, time12(at));
    else lms.set(`${n}.timestamp`, timestamp2004(at));
    lms.set(`${n}.weighting`, "1");
    lms.set(`${n}.${cmi.response}`, kind.scorm.format(answer.choice, lms.version));
    lms.set(`${n}.correct_responses.0.pattern`, kind.scorm.format(answer.correct, lms.version));
    lms.set(`${n}.result`, right ? "correct" : cmi.wrong);
    interactionCount++;
  };

  return {
    version: lms.version,
    resuming,
    learnerId,
    launchData,
    launchResult,
    saveProgress(progress) {
      if (finished) return;
      const data = encodeSuspendData(progress);
      if (data === saved) return;
      // Only a value the LMS accepted counts as saved; otherwise the next change sends it again.
      if (lms.set("cmi.suspend_data", data)) saved = data;
      scheduleCommit();
    },
    reportAttempt({ percent, passed, answers }) {
      if (finished) return;
      const at = new Date(now());
      const raw = String(Math.max(0, Math.min(100, Math.round(percent))));
      lms.set(`${cmi.score}.min`, "0");
      lms.set(`${cmi.score}.max`, "100");
      lms.set(`${cmi.score}.raw`, raw);
      if (is12) {
        lms.set("cmi.core.lesson_status", passed ? "passed" : "failed");
      } else {
        lms.set("cmi.score.scaled", String(Number(raw) / 100));
        lms.set("cmi.success_status", passed ? "passed" : "failed");
        lms.set("cmi.completion_status", "completed");
      }
      for (const answer of answers) recordInteraction(answer, at);
      dirty = true;
      flush();
    },
    flush,
    finish() {
      if (finished) return;
      flush();
      const elapsed = now() - started;
      lms.set(cmi.sessionTime, is12 ? timespan12(elapsed) : duration2004(elapsed));
      // "suspend": the LMS keeps this attempt and its suspend_data for the next launch.
      lms.set(cmi.exit, "suspend");
      lms.commit();
      lms.terminate();
      finished = true;
    },
  };
}

/**
 * Connects a lesson's progress store to the LMS that launched it, if any: no API found means the
 * page is not in an LMS, and nothing changes. Otherwise the store persists to suspend_data, each
 * submitted attempt is reported, and the session ends when the page goes away.
 */
import { createSafeStorage } from "@/lib/progress/safe-storage";
import { persistTo, storageKey, type LessonProgressState, type LessonStore, type QuestionKey } from "@/lib/progress/store";
import { createLmsAdapter } from "./adapter";
import { findLmsApi } from "./api-discovery";
import { lmsPersistStorage } from "./lms-storage";
import { lmsStatus } from "./lms-status";
import { startLmsSession, type AttemptReport, type SessionOptions } from "./session";

export interface LmsLesson {
  slug: string;
  questions: readonly QuestionKey[];
}

/** The result to record: the best attempt's score, and passed once the lesson has been passed. */
export function attemptReport(state: Pick<LessonProgressState, "attempts" | "passed" | "answers">, questions: readonly QuestionKey[], withAnswers: boolean): AttemptReport | null {
  if (state.attempts.length === 0) return null;
  const percent = Math.max(...state.attempts.map((a) => (100 * a.score) / a.total));
  const answers = withAnswers ? questions.flatMap((q) => (state.answers[q.id] ? [{ id: q.id, kind: q.kind, choice: state.answers[q.id]!.choice, correct: q.correct }] : [])) : [];
  return { percent, passed: state.passed !== null, answers };
}

export function connectLms(store: LessonStore, lesson: LmsLesson, win: Window = window, options?: SessionOptions): () => void {
  const found = findLmsApi(win);
  if (!found) return () => {};
  const adapter = createLmsAdapter(found, (problem) => lmsStatus.setState({ problem }));
  const session = startLmsSession(adapter, options);
  if (!session) return () => {};
  lmsStatus.setState({ version: found.version });
  persistTo(store, lmsPersistStorage(session, createSafeStorage(), `${storageKey(lesson.slug)}:lms:${session.learnerId}`));

  const unsubscribe = store.subscribe((state, prev) => {
    if (!state.hydrated) return;
    if (!prev.hydrated) {
      // A result the LMS never received (a failed call last time) is sent again on launch.
      const report = attemptReport(state, lesson.questions, false);
      if (report && session.launchResult !== (report.passed ? "passed" : "failed")) session.reportAttempt(report);
      return;
    }
    if (state.submitted && !prev.submitted) {
      const report = attemptReport(state, lesson.questions, true);
      if (report) session.reportAttempt(report);
    }
  });
  const finish = () => session.finish();
  win.addEventListener("pagehide", finish);
  win.addEventListener("beforeunload", finish);
  return () => {
    unsubscribe();
    win.removeEventListener("pagehide", finish);
    win.removeEventListener("beforeunload", finish);
    finish();
  };
}

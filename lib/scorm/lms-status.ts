/** What the page knows about its LMS: which SCORM version it talks to, and the last failed call. */
import { createStore } from "zustand/vanilla";
import type { LmsFailure } from "./adapter";
import type { ScormVersion } from "./manifest";

export interface LmsStatus {
  version: ScormVersion | null;
  problem: LmsFailure | null;
}

export const lmsStatus = createStore<LmsStatus>(() => ({ version: null, problem: null }));

/** The learner-facing note for a failed call: what happened to their progress, in one sentence. */
export function problemNote(problem: LmsFailure): string {
  const detail = `${problem.call}${problem.element ? ` ${problem.element}` : ""}: ${problem.code}${problem.message ? ` ${problem.message}` : ""}`;
  if (/initialize/i.test(problem.call)) return `The learning platform did not start this lesson (${detail}). Your progress is kept on this device; your result will not reach the platform this time.`;
  return `The learning platform did not save the last change (${detail}). Your progress is kept on this device and sent again with your next step.`;
}

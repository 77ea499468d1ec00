/**
 * Okta's provisioning tasks: what becomes of an action whose request failed.
 * - 429 Too Many Requests: Okta pauses the task and retries it by itself. The first wait is the
 *   `Retry-After` seconds when the header is an integer, else five minutes; each later wait doubles
 *   the one before; after the 10th retry fails too, the task fails and needs an admin (Okta
 *   Developer, SCIM concepts, "Handle SCIM server rate limiting (HTTP 429)").
 * - Any other failure (401, 409, 501, …): the task fails and waits for the admin's Retry, as in
 *   the Admin Console's Tasks list.
 * The lab's clock moves only when the learner fast-forwards it, so nothing depends on real time.
 */
import type { ActionResult, Lab, Task } from "./lab";
import { editSurname, nothingToSend, perform, PERSON_ACTIONS, type AdminAction } from "./okta-actions";
import { failureDetail } from "./okta-requests";
import { OKTA_PEOPLE, type OktaPersonKey } from "./seed";
import { header } from "./http";

export const MAX_RETRIES = 10;
/** Okta's wait when `Retry-After` is missing or not an integer number of seconds. */
export const DEFAULT_WAIT_SECONDS = 300;

/** The wait before the first retry, from the 429's `Retry-After` (integer seconds only). */
export function firstWait(retryAfter: string | undefined): number {
  return retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) : DEFAULT_WAIT_SECONDS;
}

/** The waits before retries 1…10: the first wait, then each one doubling the one before. */
export function retrySchedule(retryAfter: string | undefined): number[] {
  const first = firstWait(retryAfter);
  return Array.from({ length: MAX_RETRIES }, (_, i) => first * 2 ** i);
}

export function actionLabel(action: AdminAction, person: OktaPersonKey): string {
  const names: Record<AdminAction, string> = {
    assign: "Assign",
    update: "Update profile",
    unassign: "Unassign",
    pushGroup: "Push group",
    addToGroup: "Add to pushed group",
    removeFromGroup: "Remove from pushed group",
    unlinkDelete: "Unlink pushed group, delete in the app",
    unlinkLeave: "Unlink pushed group, leave in the app",
    import: "Import",
  };
  return PERSON_ACTIONS.includes(action) ? `${names[action]} (${OKTA_PEOPLE[person].login})` : names[action];
}

const sameTask = (action: AdminAction, person: OktaPersonKey) => (t: Task) => t.action === action && (t.person === person || !PERSON_ACTIONS.includes(action));

/** The open task for an action, if it has one. */
export function openTask(lab: Lab, action: AdminAction, person: OktaPersonKey): Task | undefined {
  return lab.okta.tasks.find(sameTask(action, person));
}

/** Files the outcome of one attempt: clears the task on success, schedules or fails it otherwise. */
function settle(lab: Lab, action: AdminAction, person: OktaPersonKey, outcome: ActionResult, manual: boolean): ActionResult {
  const existing = openTask(lab, action, person);
  const failed = outcome.failed;
  if (!failed) {
    if (existing) lab.okta.tasks = lab.okta.tasks.filter((t) => t !== existing);
    return existing ? { ...outcome, note: joinNote(outcome.note, `Task "${existing.label}" is done.`) } : outcome;
  }
  // Import failures other than 429 show on the Import tab, not as a task.
  if (action === "import" && failed.response.status !== 429) return outcome;
  const task: Task = existing ?? { id: lab.okta.nextTaskId++, action, person, label: actionLabel(action, person), status: "failed", retries: 0, reason: "" };
  if (!existing) lab.okta.tasks.push(task);
  task.reason = failureDetail(failed);
  if (failed.response.status === 429) {
    // A manual retry starts a new schedule; an automatic one moves to the next, doubled wait.
    const automatic = !manual && task.status === "retrying";
    const retries = automatic ? task.retries + 1 : 0;
    if (retries >= MAX_RETRIES) {
      Object.assign(task, { status: "failed", retries, wait: undefined, nextAt: undefined });
      return { ...outcome, note: joinNote(outcome.note, `Retry ${retries} of ${MAX_RETRIES} got 429 again: the task has failed and waits for an admin's Retry.`) };
    }
    const wait = automatic && task.wait !== undefined ? task.wait * 2 : firstWait(header(failed.response.headers, "Retry-After"));
    Object.assign(task, { status: "retrying", retries, wait, nextAt: lab.okta.clock + wait });
    return { ...outcome, note: joinNote(outcome.note, `The app is rate limiting (429). Okta paused the task and retries it by itself in ${wait} s (retry ${retries + 1} of ${MAX_RETRIES}); no admin action is needed.`) };
  }
  Object.assign(task, { status: "failed", retries: 0, wait: undefined, nextAt: undefined });
  return { ...outcome, note: joinNote(outcome.note, `The task failed: fix the cause, then Retry it under Tasks.`) };
}

const joinNote = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);

/** Runs one admin action as the learner clicks it: nothing is sent when Okta would send nothing. */
export async function runAction(lab: Lab, action: AdminAction, person: OktaPersonKey): Promise<ActionResult> {
  const note = nothingToSend(lab, action, person);
  if (note) return { exchanges: [], events: [], note };
  if (action === "update") editSurname(lab, person);
  return settle(lab, action, person, await perform(lab, action, person), false);
}

/** The admin's Retry on a task (failed, or paused: Retry then runs it now). */
export async function retryTask(lab: Lab, taskId: number): Promise<ActionResult | null> {
  const task = lab.okta.tasks.find((t) => t.id === taskId);
  if (!task) return null;
  return settle(lab, task.action, task.person, await perform(lab, task.action, task.person), true);
}

/** When the next automatic retry is due on the lab clock, if any task is paused. */
export function nextRetryAt(lab: Lab): number | undefined {
  const due = lab.okta.tasks.flatMap((t) => (t.status === "retrying" && t.nextAt !== undefined ? [t.nextAt] : []));
  return due.length ? Math.min(...due) : undefined;
}

/** Moves the lab clock to the next automatic retry and lets Okta run every task then due. */
export async function fastForward(lab: Lab): Promise<{ task: Task; result: ActionResult }[]> {
  const at = nextRetryAt(lab);
  if (at === undefined) return [];
  lab.okta.clock = at;
  const due = lab.okta.tasks.filter((t) => t.status === "retrying" && t.nextAt !== undefined && t.nextAt <= at);
  const done: { task: Task; result: ActionResult }[] = [];
  for (const task of due) done.push({ task: { ...task }, result: settle(lab, task.action, task.person, await perform(lab, task.action, task.person), false) });
  return done;
}

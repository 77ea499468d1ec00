/**
 * What a learner's progress on one lesson looks like in storage. Parsed on every load: anything
 * corrupt or foreign is dropped field by field, never trusted and never fatal.
 * This runs in the browser, so it uses valibot rather than zod (which validates content at build
 * time): valibot tree-shakes to about 2 kB here, where zod added about 15 kB to every lesson page,
 * and it never probes `new Function`, which the site's Content-Security-Policy forbids.
 */
import * as v from "valibot";
import type { Question } from "@/lib/question";
import { questionKind } from "@/lib/quiz/kinds";
import { RESPONSE_PATTERN } from "@/lib/quiz/letters";
import { DEFAULT_LEVEL, LEVELS } from "@/lib/content/levels";

export const PROGRESS_VERSION = 4;


export const answerSchema = v.object({
  /** The response as option letters, in its kind's form (lib/quiz/kinds): "b", "acd", "cabd". */
  choice: v.pipe(v.string(), v.regex(RESPONSE_PATTERN)),
  /** The question's content hash when it was answered; a different hash means the question changed. */
  hash: v.string(),
  /** Inline checks lock on "Check": the first checked answer is the one scored. */
  locked: v.optional(v.boolean(), false),
});

export const attemptSchema = v.object({
  date: v.string(),
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const progressSchema = v.object({
  answers: v.fallback(v.record(v.string(), answerSchema), {}),
  /** True after "Submit all answers" until "Try again". */
  submitted: v.fallback(v.boolean(), false),
  attempts: v.fallback(v.array(attemptSchema), []),
  /** Kept once earned, even after "Try again" or an edited question. */
  passed: v.fallback(v.nullable(v.object({ date: v.string(), score: v.number(), total: v.number() })), null),
  level: v.fallback(v.picklist(LEVELS), DEFAULT_LEVEL),
  flipped: v.fallback(v.array(v.string()), []),
  demoPlayed: v.fallback(v.boolean(), false),
  sectionsRead: v.fallback(v.array(v.string()), []),
  /** XP input: questions ever answered, kept across "Try again" so the meter never drops. */
  answeredEver: v.fallback(v.array(v.string()), []),
  /** XP input: cards ever turned (`flipped` is only the cards showing their back now). */
  cardsSeen: v.fallback(v.array(v.string()), []),
  ownWords: v.fallback(v.pipe(v.string(), v.maxLength(2000)), ""),
  /** SCIM lab challenges completed (ids); kept when the lab is reset. */
  labDone: v.fallback(v.array(v.string()), []),
  /** How many times "Try again" started a new attempt: it picks each retake's variants and option order. */
  retakes: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /**
   * The SCIM lab as the learner left it (the app's accounts and groups, Okta's side, faults, the
   * log), as JSON text; "" when none. Only the lab writes and reads it (lib/scim-lab/persist.ts),
   * and it checks the text itself, so bad text gives a fresh lab and this first-load schema stays small.
   */
  labState: v.fallback(v.string(), ""),
});

export type Answer = v.InferOutput<typeof answerSchema>;
export type Attempt = v.InferOutput<typeof attemptSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

export const emptyProgress: Progress = {
  answers: {},
  submitted: false,
  attempts: [],
  passed: null,
  level: DEFAULT_LEVEL,
  flipped: [],
  demoPlayed: false,
  sectionsRead: [],
  answeredEver: [],
  cardsSeen: [],
  ownWords: "",
  labDone: [],
  retakes: 0,
  labState: "",
};

/**
 * Turns whatever was stored (any version, any shape) into valid current progress.
 * Version 1 kept answers as `{ [id]: "c" }` and the pass as a boolean; version 2 had no SCIM lab;
 * version 3 kept the lab's challenges but not the lab itself.
 */
export function migrateProgress(stored: unknown, version: number): Progress {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return emptyProgress;
  let data = stored as Record<string, unknown>;
  if (version < 2) {
    const answers: Record<string, unknown> = {};
    const old = (data.answers ?? {}) as Record<string, unknown>;
    for (const [id, choice] of Object.entries(old)) {
      if (typeof choice === "string") answers[id] = { choice, hash: "", locked: true };
    }
    const passed = data.passed === true ? { date: String(data.passedAt ?? ""), score: Number(data.score ?? 0), total: 10 } : null;
    data = { ...data, answers, passed };
  }
  if (version < 3) data = { ...data, labDone: [] };
  if (version < 4) data = { ...data, labState: "" };
  const parsed = v.safeParse(progressSchema, data);
  return parsed.success ? parsed.output : emptyProgress;
}

/**
 * Drops answers whose question no longer exists, whose content changed, or that are no response of
 * the question's kind (a foreign or tampered value); reports which.
 */
export function dropStaleAnswers(progress: Progress, questions: readonly Pick<Question, "id" | "hash" | "kind" | "letters">[]): { progress: Progress; dropped: string[] } {
  const current = new Map(questions.map((q) => [q.id, q]));
  const answers: Progress["answers"] = {};
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(progress.answers)) {
    const question = current.get(id);
    const fits = question !== undefined && questionKind(question.kind).isResponse(answer.choice, question.letters);
    if (question && fits && (answer.hash === question.hash || answer.hash === "")) answers[id] = { ...answer, hash: question.hash };
    else dropped.push(id);
  }
  // Answers migrated from version 1 carry no hash: they adopt the current one so a later edit drops them.
  return { progress: { ...progress, answers, submitted: dropped.length ? false : progress.submitted }, dropped };
}

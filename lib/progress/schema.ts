/**
 * What a learner's progress on one lesson looks like in storage. Parsed with zod on every load:
 * anything corrupt or foreign is dropped field by field, never trusted and never fatal.
 */
import { z } from "zod";
import { LEVELS } from "@/lib/content/vocabulary";

export const PROGRESS_VERSION = 2;

export const answerSchema = z.object({
  /** The chosen option's letter. */
  choice: z.string().regex(/^[a-z]$/),
  /** The question's content hash when it was answered; a different hash means the question changed. */
  hash: z.string(),
  /** Inline checks lock on "Check": the first checked answer is the one scored. */
  locked: z.boolean().default(false),
});

export const attemptSchema = z.object({ date: z.string(), score: z.number().int().min(0), total: z.number().int().min(1) });

export const progressSchema = z.object({
  answers: z.record(z.string(), answerSchema).catch({}),
  /** True after "Submit all answers" until "Try again". */
  submitted: z.boolean().catch(false),
  attempts: z.array(attemptSchema).catch([]),
  /** Kept once earned, even after "Try again" or an edited question. */
  passed: z.object({ date: z.string(), score: z.number(), total: z.number() }).nullable().catch(null),
  level: z.enum(LEVELS).catch("L2"),
  flipped: z.array(z.string()).catch([]),
  demoPlayed: z.boolean().catch(false),
  sectionsRead: z.array(z.string()).catch([]),
  /** XP input: questions ever answered, kept across "Try again" so the meter never drops. */
  answeredEver: z.array(z.string()).catch([]),
  /** XP input: cards ever turned (`flipped` is only the cards showing their back now). */
  cardsSeen: z.array(z.string()).catch([]),
  ownWords: z.string().max(2000).catch(""),
});

export type Answer = z.infer<typeof answerSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress: Progress = {
  answers: {},
  submitted: false,
  attempts: [],
  passed: null,
  level: "L2",
  flipped: [],
  demoPlayed: false,
  sectionsRead: [],
  answeredEver: [],
  cardsSeen: [],
  ownWords: "",
};

/**
 * Turns whatever was stored (any version, any shape) into valid current progress.
 * Version 1 kept answers as `{ [id]: "c" }` and the pass as a boolean.
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
  const parsed = progressSchema.safeParse(data);
  return parsed.success ? parsed.data : emptyProgress;
}

/** Drops answers whose question no longer exists or whose content changed; reports which. */
export function dropStaleAnswers(progress: Progress, questions: { id: string; hash: string }[]): { progress: Progress; dropped: string[] } {
  const current = new Map(questions.map((q) => [q.id, q.hash]));
  const answers: Progress["answers"] = {};
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(progress.answers)) {
    const hash = current.get(id);
    if (hash !== undefined && (answer.hash === hash || answer.hash === "")) answers[id] = { ...answer, hash };
    else dropped.push(id);
  }
  // Answers migrated from version 1 carry no hash: they adopt the current one so a later edit drops them.
  return { progress: { ...progress, answers, submitted: dropped.length ? false : progress.submitted }, dropped };
}

/**
 * The learner's progress as `suspend_data`: compact JSON behind a format tag, always within
 * SCORM 1.2's 4,096 characters (2004 allows 64,000; the smaller limit serves both packages).
 * Reading never throws: an unknown tag or broken JSON reads as nothing saved, and fields go
 * through the progress schema's migration, which drops whatever is invalid field by field.
 * The SCIM lab's saved state (`labState`, often tens of kilobytes) is left out on purpose: it
 * would not fit, and a course in an LMS starts the lab fresh on another device.
 */
import { emptyProgress, migrateProgress, PROGRESS_VERSION, type Progress } from "@/lib/progress/schema";

export const SUSPEND_DATA_LIMIT = 4096;
/** Bumped when the compact layout changes; an unknown tag is dropped, not guessed at. */
const TAG = "T2";
/** The layout before responses could hold several letters: one letter, then the hash. Still read. */
const ONE_LETTER_TAG = "T1";

interface Compact {
  /** The progress schema's version. */
  v: number;
  /** Answers: the response's letters (upper case when locked), a dot, the question's hash. */
  a?: Record<string, string>;
  s?: 1;
  /** Attempts as [seconds since epoch in base 36, score, total]. */
  t?: [string, number, number][];
  p?: [string, number, number];
  l?: string;
  f?: string[];
  d?: 1;
  r?: string[];
  e?: string[];
  c?: string[];
  w?: string;
  /** Retakes started ("Try again"): they pick the variants and option order shown. */
  k?: number;
}

const toStamp = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "" : Math.round(ms / 1000).toString(36);
};
const fromStamp = (stamp: unknown) => {
  const seconds = typeof stamp === "string" ? parseInt(stamp, 36) : NaN;
  return Number.isNaN(seconds) ? "" : new Date(seconds * 1000).toISOString();
};

function compact(p: Progress, attempts: number, ownWords: number): Compact {
  const c: Compact = { v: PROGRESS_VERSION };
  const answers = Object.entries(p.answers);
  if (answers.length) c.a = Object.fromEntries(answers.map(([id, a]) => [id, `${a.locked ? a.choice.toUpperCase() : a.choice}.${a.hash}`]));
  if (p.submitted) c.s = 1;
  if (p.attempts.length && attempts > 0) c.t = p.attempts.slice(-attempts).map((a) => [toStamp(a.date), a.score, a.total]);
  if (p.passed) c.p = [toStamp(p.passed.date), p.passed.score, p.passed.total];
  if (p.level !== emptyProgress.level) c.l = p.level;
  if (p.flipped.length) c.f = p.flipped;
  if (p.demoPlayed) c.d = 1;
  if (p.sectionsRead.length) c.r = p.sectionsRead;
  if (p.answeredEver.length) c.e = p.answeredEver;
  if (p.cardsSeen.length) c.c = p.cardsSeen;
  if (p.ownWords && ownWords > 0) c.w = p.ownWords.slice(0, ownWords);
  if (p.retakes > 0) c.k = p.retakes;
  return c;
}

/**
 * Encodes progress within `limit` characters. When it does not fit, the least needed parts give
 * way first: older attempts, then the "own words" text, then the attempt history altogether.
 */
export function encodeSuspendData(progress: Progress, limit = SUSPEND_DATA_LIMIT): string {
  const encode = (attempts: number, ownWords: number) => TAG + JSON.stringify(compact(progress, attempts, ownWords));
  const steps: [number, number][] = [
    [20, 2000],
    [5, 2000],
    [5, 500],
    [1, 200],
    [1, 0],
    [0, 0],
  ];
  for (const [attempts, ownWords] of steps) {
    const data = encode(attempts, ownWords);
    if (data.length <= limit) return data;
  }
  // Beyond that only the answers, the pass and the level are kept.
  const minimal = TAG + JSON.stringify(compact({ ...emptyProgress, answers: progress.answers, submitted: progress.submitted, passed: progress.passed, level: progress.level, retakes: progress.retakes }, 0, 0));
  return minimal.length <= limit ? minimal : TAG + JSON.stringify(compact({ ...emptyProgress, passed: progress.passed, level: progress.level }, 0, 0));
}

/** Progress read back, migrated to the current schema version. */
export interface DecodedProgress {
  state: Progress;
  version: typeof PROGRESS_VERSION;
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads suspend_data; null when there is none or it is unreadable (an unknown format, broken
 * JSON). Besides the compact format it reads the device-storage envelope `{"state","version"}`
 * of any schema version, migrating it.
 */
export function decodeSuspendData(raw: string): DecodedProgress | null {
  if (raw.startsWith("{")) {
    const envelope = parseObject(raw);
    if (!envelope || !("state" in envelope)) return null;
    const version = typeof envelope.version === "number" ? envelope.version : PROGRESS_VERSION;
    return { state: migrateProgress(envelope.state, version), version: PROGRESS_VERSION };
  }
  const tag = [TAG, ONE_LETTER_TAG].find((t) => raw.startsWith(t));
  if (!tag) return null;
  const c = parseObject(raw.slice(tag.length)) as Partial<Compact> | null;
  if (!c) return null;
  const version = typeof c.v === "number" ? c.v : PROGRESS_VERSION;
  const answers: Record<string, unknown> = {};
  if (c.a && typeof c.a === "object") {
    for (const [id, code] of Object.entries(c.a)) {
      if (typeof code !== "string" || code.length < 1) continue;
      const dot = tag === TAG ? code.indexOf(".") : 1;
      if (dot < 1) continue;
      const letters = code.slice(0, dot);
      const hash = code.slice(tag === TAG ? dot + 1 : dot);
      answers[id] = { choice: letters.toLowerCase(), hash, locked: letters !== letters.toLowerCase() };
    }
  }
  const attempt = (entry: unknown) => (Array.isArray(entry) ? { date: fromStamp(entry[0]), score: entry[1], total: entry[2] } : null);
  const state = migrateProgress(
    {
      answers,
      submitted: c.s === 1,
      attempts: Array.isArray(c.t) ? c.t.map(attempt) : [],
      passed: attempt(c.p),
      level: c.l ?? emptyProgress.level,
      flipped: c.f,
      demoPlayed: c.d === 1,
      sectionsRead: c.r,
      answeredEver: c.e,
      cardsSeen: c.c,
      ownWords: c.w ?? "",
      retakes: c.k ?? 0,
    },
    // The compact layout is the current schema's shape; older schema versions migrate from it.
    Math.max(version, 2),
  );
  return { state, version: PROGRESS_VERSION };
}

/**
 * Reads a lesson's saved progress from a raw storage string, outside the store (the index page has
 * no store). Same key, same schema, same migration: whatever is corrupt reads as nothing saved.
 */
import type { Question } from "@/lib/question";
import { dropStaleAnswers, emptyProgress, migrateProgress, PROGRESS_VERSION, type Progress } from "./schema";

export function readSavedProgress(raw: string | null, questions: readonly Pick<Question, "id" | "hash" | "kind" | "letters">[]): Progress {
  if (!raw) return emptyProgress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress;
  }
  if (value === null || typeof value !== "object" || !("state" in value)) return emptyProgress;
  const { state, version } = value as { state: unknown; version?: unknown };
  const migrated = migrateProgress(state, typeof version === "number" ? version : PROGRESS_VERSION);
  return dropStaleAnswers(migrated, questions).progress;
}

/** The reading levels, in order. Kept apart from the zod vocabulary so client code can import it cheaply. */
export const LEVELS = ["L1", "L2", "L3"] as const;
export type Level = (typeof LEVELS)[number];

/** The level a reader starts at, and the level of a passage not wrapped in <Level>. */
export const DEFAULT_LEVEL: Level = "L2";

/** The level a reader of a lesson starts at: the default level when the lesson offers it, else its first level. */
export function startLevel(levels: readonly Level[]): Level {
  return levels.includes(DEFAULT_LEVEL) ? DEFAULT_LEVEL : (levels[0] ?? DEFAULT_LEVEL);
}

/**
 * The levels that show a passage written for `min` up to `max`, as the reading-level CSS does: an
 * unset end is open, and so is one that names no level (the attribute check reports that one).
 * Empty when min is above max.
 */
export function levelsShowing(min?: string, max?: string): Level[] {
  const from = LEVELS.indexOf(min as Level);
  const to = LEVELS.indexOf(max as Level);
  return LEVELS.slice(Math.max(from, 0), to < 0 ? LEVELS.length : to + 1);
}

/** Whether a reader at `level` sees what is shown from level `from` up (everything when `from` is unset). */
export function showsFrom(level: Level, from: Level | undefined): boolean {
  return levelsShowing(from).includes(level);
}

/** A saved level the lesson still offers, or the level the lesson starts at. */
export function offeredLevel(saved: unknown, levels: readonly Level[]): Level {
  return levels.includes(saved as Level) ? (saved as Level) : startLevel(levels);
}

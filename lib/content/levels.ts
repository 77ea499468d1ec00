/** The reading levels, in order. Kept apart from the zod vocabulary so client code can import it cheaply. */
export const LEVELS = ["L1", "L2", "L3"] as const;
export type Level = (typeof LEVELS)[number];

/** The level a reader starts at, and the level of a passage not wrapped in <Level>. */
export const DEFAULT_LEVEL: Level = "L2";

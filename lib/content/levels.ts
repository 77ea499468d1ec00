/** The reading levels, in order. Kept apart from the zod vocabulary so client code can import it cheaply. */
export const LEVELS = ["L1", "L2", "L3"] as const;
export type Level = (typeof LEVELS)[number];

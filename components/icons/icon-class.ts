/**
 * The size and alignment of an interface icon (lucide-react) set in a line of text: one text
 * height, sitting on the baseline like a letter. Colour comes from the text (currentColor), so an
 * icon takes the theme token of its surroundings unless a `text-*` token is added.
 */
export const ICON = "inline-block size-[1.1em] shrink-0 align-[-0.175em]";

/** An icon before a heading's or a label's words. */
export const LEAD_ICON = `${ICON} mr-1.5 text-accent`;

/** Ids the lesson page template always renders (components declare theirs in the vocabulary). */
export const TEMPLATE_ANCHORS = ["main", "quick-answer", "objectives"] as const;

import type { ComponentName } from "./vocabulary";

/** Ids the lesson page template always renders. */
export const TEMPLATE_ANCHORS = ["main", "quick-answer", "objectives"] as const;

/** Ids a frontmatter-driven component renders when the lesson uses it. */
export const COMPONENT_ANCHORS: Partial<Record<ComponentName, string>> = {
  PathCards: "start",
  WarmUp: "warm-up",
  Tutor: "tutor",
  WrapUp: "wrap-up",
  OwnWords: "own-words",
  TeachFriend: "teach-a-friend",
  Glossary: "glossary",
  Sources: "sources",
  WhatsNext: "whats-next",
};

/**
 * The authoring vocabulary: every component an instructor may write in a lesson's MDX body,
 * with a zod schema for its attributes. The build rejects any other capitalised tag, and any
 * attribute that does not match. `components/mdx-components.tsx` implements exactly these names
 * (a unit test keeps the two in step).
 *
 * Attributes are plain strings in MDX (`level="L3"`); numbers are written as strings too
 * (`step="3"`) so that an instructor never needs JavaScript expressions.
 */
import { z } from "zod";

import { LEVELS } from "./levels";

export { LEVELS, type Level } from "./levels";

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "a lowercase id such as `scim-oin` (letters, digits, dashes)");
const anchor = z.string().regex(/^#[a-z][a-z0-9-]*$/, "an in-page link such as `#scim-oin`");
const text = z.string().min(1, "a non-empty text");
const positiveInt = z.string().regex(/^[1-9][0-9]*$/, "a whole number such as `3`");

export const CALLOUT_TYPES = [
  "note",
  "tip",
  "pitfall",
  "misconception",
  "interview",
  "exam",
  "precisely",
  "logs",
] as const;

export const INFOGRAPHICS = ["scim-loop", "oin-hub", "directions", "lifecycle"] as const;

export const SCENARIO_STEPS = ["cause", "diagnosis", "fix", "verify"] as const;

export const BLOOM = ["Remember", "Understand", "Apply", "Analyze", "Evaluate", "Create"] as const;

/** Component name → schema of its attributes. Strict: unknown attributes are errors. */
export const vocabulary = {
  /** A numbered lesson section (① ② …), rendered as an h2. Numbering follows document order. */
  Section: z.strictObject({ id, title: text, short: text.optional() }),
  /** The "Pick where you want to start" grid. Children: PathCard. */
  PathCards: z.strictObject({ title: text.optional() }),
  /** One path card; `href` must point at a section on this page. Children: a one-line blurb. */
  PathCard: z.strictObject({ href: anchor, title: text }),
  /** Warm-up questions, no score. Children: WarmUpQuestion. */
  WarmUp: z.strictObject({ title: text.optional(), intro: text.optional() }),
  /** One warm-up question; `section` is the id of the section that answers it. */
  WarmUpQuestion: z.strictObject({ section: id }),
  /** A boxed aside. `type` picks the icon, label and colour; `title` is its heading. */
  Callout: z.strictObject({ type: z.enum(CALLOUT_TYPES), title: text.optional() }),
  /** A hand-built SVG infographic with its caption (children). Numbered "Figure n" in order. */
  Infographic: z.strictObject({ name: z.enum(INFOGRAPHICS), title: text }),
  /** A row of flip cards. Children: FlipCard. */
  FlipCards: z.strictObject({}),
  /** One flip card: the front shows `icon` and `title`; children are the back. */
  FlipCard: z.strictObject({ icon: text, title: text }),
  /** A step-by-step animated demo between two systems. Children: intro text, DemoStep, DemoFailure. */
  Demo: z.strictObject({ id, title: text, source: text, target: text }),
  /**
   * One demo step. `packet` is the direction a message travels on this step
   * (`to-target`, `to-source` or `none`); `wire` is the request or response line shown.
   */
  DemoStep: z.strictObject({
    title: text,
    packet: z.enum(["to-target", "to-source", "none"]),
    wire: text.optional(),
  }),
  /**
   * What "Break it" shows: the step (1-based) where the run fails, the `wire` line the target returns,
   * the System Log `event`, and the `fix`. Children: why it happens.
   */
  DemoFailure: z.strictObject({
    step: positiveInt,
    title: text,
    wire: text,
    event: text,
    fix: text,
  }),
  /**
   * A scored multiple-choice question. Children: the prompt (first paragraph), then 2–6 Option,
   * then one Explanation. `correct` is the letter of the right option (a = first Option).
   */
  QuickCheck: z.strictObject({
    id,
    correct: z.string().regex(/^[a-f]$/, "a letter a–f"),
    bloom: z.enum(BLOOM),
    /** The section a wrap-up question tests (inline questions take the section they sit in). */
    section: id.optional(),
  }),
  /** One answer option of a QuickCheck; lettered a, b, c… in order. */
  Option: z.strictObject({}),
  /** Why the right answer is right; shown after checking, as "Correct: x. …". */
  Explanation: z.strictObject({}),
  /** The wrap-up assessment: holds the remaining QuickChecks; scored with the inline ones. */
  WrapUp: z.strictObject({ title: text.optional() }),
  /** A "👉 So far:" running summary at the end of a section. */
  SoFar: z.strictObject({}),
  /** A passage shown only from reading level `min` (and up to `max`). L2 is the default. */
  Level: z.strictObject({ min: z.enum(LEVELS).optional(), max: z.enum(LEVELS).optional() }),
  /** A worked scenario (e.g. a support case). Children: text, ScenarioStep, ConsolePath. */
  Scenario: z.strictObject({ title: text }),
  /** One labelled step of a scenario: Likely cause, Diagnosis, Fix or Verify. */
  ScenarioStep: z.strictObject({ kind: z.enum(SCENARIO_STEPS) }),
  /** A breadcrumb-style path through an admin console, e.g. `Admin Console ▸ Applications`. */
  ConsolePath: z.strictObject({}),
  /** The curated AI Tutor; its questions and answers come from the frontmatter `tutor` list. */
  Tutor: z.strictObject({ title: text.optional(), intro: text.optional() }),
  /** "In your own words": prompt, expert version and key points come from frontmatter `ownWords`. */
  OwnWords: z.strictObject({}),
  /** "Teach a friend": builds a paste-ready summary from the lesson's quick answer and SoFar lines. */
  TeachFriend: z.strictObject({ intro: text.optional() }),
  /** The glossary, from frontmatter `glossary`. */
  Glossary: z.strictObject({}),
  /**
   * A numbered citation, e.g. `[3]` or `[1, 3]`, linking each number to its entry in the Sources list.
   * `src` is one source id from the frontmatter `sources`, or several separated by spaces.
   */
  Cite: z.strictObject({
    src: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*(?: +[a-z0-9][a-z0-9-]*)*$/, "one or more source ids separated by spaces, such as `okta-scim-concepts rfc-7644`"),
  }),
  /** The numbered source list, from frontmatter `sources`. */
  Sources: z.strictObject({}),
  /** "What's next?", from frontmatter `next`. */
  WhatsNext: z.strictObject({}),
} as const;

export type ComponentName = keyof typeof vocabulary;
export const componentNames = Object.keys(vocabulary) as ComponentName[];

/** Where a component may appear: parent → allowed children that are components. */
export const mustBeInside: Partial<Record<ComponentName, ComponentName[]>> = {
  PathCard: ["PathCards"],
  WarmUpQuestion: ["WarmUp"],
  FlipCard: ["FlipCards"],
  DemoStep: ["Demo"],
  DemoFailure: ["Demo"],
  Option: ["QuickCheck"],
  Explanation: ["QuickCheck"],
  ScenarioStep: ["Scenario"],
};

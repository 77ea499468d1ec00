/**
 * The authoring vocabulary: every component an instructor may write in a lesson's MDX body, each
 * with all of its rules in one entry — a zod schema of its attributes, where it may sit, the id it
 * renders and the frontmatter it shows. The build rejects any other capitalised tag and anything
 * that breaks an entry's rules. `components/mdx-components.tsx` implements exactly these names (a
 * unit test keeps the two in step), and component props are derived from these schemas
 * (`AttributesOf<"Callout">`, a type-only import that adds nothing to the client bundle).
 *
 * Attributes are plain strings in MDX (`level="L3"`); numbers are written as strings too
 * (`step="3"`) so that an instructor never needs JavaScript expressions.
 */
import { z } from "zod";

import { KIND_IDS } from "@/lib/quiz/kinds";
import { CHALLENGE_IDS } from "@/lib/scim-lab/catalog";
import { SEED_ACCOUNT_KEYS } from "@/lib/scim-lab/seed";
import type { Frontmatter } from "./frontmatter";
import { LEVELS } from "./levels";
import type { Subject } from "./subjects";

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
/**
 * The icons a flip card may show, named as the interface's icon set (lucide) names them: drawn as
 * SVG, so they look the same on every machine (an emoji is an empty box without an emoji font).
 */
export const FLIP_CARD_ICONS = [
  "arrow-left-right",
  "arrow-right",
  "book-open",
  "contact",
  "database",
  "folder-tree",
  "git-compare",
  "globe",
  "key-round",
  "layout-grid",
  "link",
  "list-checks",
  "map",
  "network",
  "refresh-cw",
  "search",
  "server",
  "shield",
  "users",
  "workflow",
] as const;

export const SCENARIO_STEPS = ["cause", "diagnosis", "fix", "verify"] as const;

/** A comma-separated list drawn from `allowed`, e.g. `provision, offboard`; no repeats. */
const listOf = (allowed: readonly string[]) =>
  z
    .string()
    .refine((value) => {
      const items = value.split(",").map((s) => s.trim());
      return items.length > 0 && items.every((s) => allowed.includes(s)) && new Set(items).size === items.length;
    }, `a comma-separated list of: ${allowed.join(", ")}`);

export const BLOOM = ["Remember", "Understand", "Apply", "Analyze", "Evaluate", "Create"] as const;

/** The rules of one component. */
interface Rule<A extends z.ZodType = z.ZodType> {
  /** Its attributes. Strict: unknown attributes are errors. */
  attributes: A;
  /** The components it must sit directly inside, if any. */
  inside?: readonly string[];
  /** The id it renders on the page, which in-page links may target. */
  anchor?: string;
  /** Attributes an author may expect here that belong elsewhere, each with where it goes instead. */
  misplaced?: Readonly<Record<string, string>>;
  /** The frontmatter it shows: the body must use the component when the data is there, and vice versa. */
  data?: { field: keyof Frontmatter; has: (fm: Frontmatter) => boolean; expected: string };
  /**
   * The subject its words and pictures belong to: only a lesson that lists it in `subjects` may use
   * it; any other lesson is told to use `instead`.
   */
  subject?: { id: Subject; instead: string };
}

const rule = <A extends z.ZodType>(r: Rule<A>) => r;

/** Component name → its rules. */
export const vocabulary = {
  /** A numbered lesson section (① ② …), rendered as an h2. Numbering follows document order. */
  Section: rule({ attributes: z.strictObject({ id, title: text, short: text.optional() }) }),
  /** The "Pick where you want to start" grid. Children: PathCard. */
  PathCards: rule({ attributes: z.strictObject({ title: text.optional() }), anchor: "start" }),
  /** One path card; `href` must point at a section on this page. Children: a one-line blurb. */
  PathCard: rule({ attributes: z.strictObject({ href: anchor, title: text }), inside: ["PathCards"] }),
  /** Warm-up questions, no score. Children: WarmUpQuestion. */
  WarmUp: rule({ attributes: z.strictObject({ title: text.optional(), intro: text.optional() }), anchor: "warm-up" }),
  /** One warm-up question; `section` is the id of the section that answers it. */
  WarmUpQuestion: rule({ attributes: z.strictObject({ section: id }), inside: ["WarmUp"] }),
  /** A boxed aside. `type` picks the icon, label and colour; `title` is its heading. */
  Callout: rule({ attributes: z.strictObject({ type: z.enum(CALLOUT_TYPES), title: text.optional() }) }),
  /** A hand-built SVG infographic with its caption (children). Numbered "Figure n" in order. */
  Infographic: rule({
    attributes: z.strictObject({ name: z.enum(INFOGRAPHICS), title: text }),
    subject: { id: "scim", instead: '<Figure src="/lessons/<slug>/figure.svg" alt="…" caption="…" /> with an image or SVG file of your own' },
  }),
  /**
   * A figure of the lesson's own: an image or SVG file from public/ (`src` from the site root, such
   * as /lessons/<slug>/flow.svg), its `alt` text and its `caption`. Children add to the caption.
   * Numbered "Figure n" in order, with the infographics.
   */
  Figure: rule({ attributes: z.strictObject({ src: text, alt: text, caption: text }) }),
  /** A row of flip cards. Children: FlipCard. */
  FlipCards: rule({ attributes: z.strictObject({}) }),
  /** One flip card: the front shows `icon` and `title`; children are the back. */
  FlipCard: rule({ attributes: z.strictObject({ icon: z.enum(FLIP_CARD_ICONS), title: text }), inside: ["FlipCards"] }),
  /**
   * A step-by-step animated demo between two systems. Children: intro text, DemoStep, DemoFailure.
   * `source` and `target` name the systems; `sourceRole` and `targetRole` are the small line under
   * each name in the diagram (e.g. "identity provider"), left out when not given. `wireFrom` is the
   * lowest reading level that shows the wire lines and the logged event (default: every level).
   */
  Demo: rule({
    attributes: z.strictObject({
      id,
      title: text,
      source: text,
      target: text,
      sourceRole: text.optional(),
      targetRole: text.optional(),
      wireFrom: z.enum(LEVELS).optional(),
    }),
  }),
  /**
   * One demo step. `packet` is the direction a message travels on this step
   * (`to-target`, `to-source` or `none`); `wire` is the request or response line shown.
   */
  DemoStep: rule({
    attributes: z.strictObject({
      title: text,
      packet: z.enum(["to-target", "to-source", "none"]),
      wire: text.optional(),
    }),
    inside: ["Demo"],
  }),
  /**
   * What "Break it" shows: the step (1-based) where the run fails, the `wire` line the target returns,
   * the `event` a log records, and the `fix`. `log` names where the event is read (e.g. "Okta's
   * System Log"); without it the panel says "The log shows". Children: why it happens.
   */
  DemoFailure: rule({
    attributes: z.strictObject({ step: positiveInt, title: text, wire: text, event: text, log: text.optional(), fix: text }),
    inside: ["Demo"],
  }),
  /**
   * A scored question. Children: the prompt (first paragraph), then its Option blocks, then one
   * Explanation. `kind` is what the learner does (see lib/quiz/kinds): choose one (the default),
   * choose all that apply, or put in order. The key is written on the options (`<Option correct>`);
   * a put-in-order question's options are written in the right order.
   */
  QuickCheck: rule({
    attributes: z.strictObject({
      id,
      kind: z.enum(KIND_IDS).optional(),
      bloom: z.enum(BLOOM),
      /** The section a wrap-up question tests (inline questions take the section they sit in). */
      section: id.optional(),
      /**
       * The id of an earlier question this one is an equivalent variant of: same skill (`bloom`),
       * same place (inline or wrap-up). The two count once; a retake shows the next variant.
       */
      variantOf: id.optional(),
    }),
    misplaced: { correct: "the key on the options: write `<Option correct>` on each right option" },
  }),
  /** One answer option of a QuickCheck; lettered a, b, c… in order. `correct` marks a right one. */
  Option: rule({ attributes: z.strictObject({ correct: z.literal("true").optional() }), inside: ["QuickCheck"] }),
  /** Why the right answer is right; shown after checking, as "Correct: x. …". */
  Explanation: rule({ attributes: z.strictObject({}), inside: ["QuickCheck"] }),
  /** The wrap-up assessment: holds the remaining QuickChecks; scored with the inline ones. */
  WrapUp: rule({ attributes: z.strictObject({ title: text.optional() }), anchor: "wrap-up" }),
  /** A "So far:" running summary at the end of a section. */
  SoFar: rule({ attributes: z.strictObject({}) }),
  /** A passage shown only from reading level `min` (and up to `max`). */
  Level: rule({ attributes: z.strictObject({ min: z.enum(LEVELS).optional(), max: z.enum(LEVELS).optional() }) }),
  /** A worked scenario (e.g. a support case). Children: text, ScenarioStep, ConsolePath. */
  Scenario: rule({ attributes: z.strictObject({ title: text }) }),
  /** One labelled step of a scenario: Likely cause, Diagnosis, Fix or Verify. */
  ScenarioStep: rule({ attributes: z.strictObject({ kind: z.enum(SCENARIO_STEPS) }), inside: ["Scenario"] }),
  /** A breadcrumb-style path through an admin console, e.g. `Admin Console ▸ Applications`. */
  ConsolePath: rule({ attributes: z.strictObject({}) }),
  /**
   * The curated AI Tutor; its questions and answers come from the frontmatter `tutor` list.
   * `provenance` says where the answers come from (e.g. "Pre-curated from vendor docs + community
   * Q&A, scoped to this lesson."); without it, "Curated answers, scoped to this lesson."
   */
  Tutor: rule({
    attributes: z.strictObject({ title: text.optional(), intro: text.optional(), provenance: text.optional() }),
    anchor: "tutor",
    data: { field: "tutor", has: (fm) => fm.tutor.length > 0, expected: "at least one question and answer" },
  }),
  /** "In your own words": prompt, expert version and key points come from frontmatter `ownWords`. */
  OwnWords: rule({
    attributes: z.strictObject({}),
    anchor: "own-words",
    data: { field: "ownWords", has: (fm) => fm.ownWords !== undefined, expected: "prompt, expert and keyPoints" },
  }),
  /** "Teach a friend": builds a paste-ready summary from the lesson's quick answer and SoFar lines. */
  TeachFriend: rule({ attributes: z.strictObject({ intro: text.optional() }), anchor: "teach-a-friend" }),
  /**
   * The SCIM lab: the learner plays Okta against a SCIM 2.0 app running in the page. Children: the
   * intro shown before "Start the lab". `id` is its anchor (a PathCard may point at it).
   */
  ScimLab: rule({
    attributes: z
      .strictObject({
        id,
        title: text,
        /** Which challenges to offer, in this order (default: all). */
        challenges: listOf(CHALLENGE_IDS).optional(),
        /** Which seeded app accounts exist at the start (default: all). `sam` is the stale account the rehire meets. */
        users: listOf(SEED_ACCOUNT_KEYS).optional(),
      })
      .refine((a) => !(a.challenges ?? "rehire").includes("rehire") || (a.users ?? "sam").split(",").map((s) => s.trim()).includes("sam"), {
        message: "`users` to include `sam` when the `rehire` challenge is offered (the rehire meets Sam's stale account)",
        path: ["users"],
      }),
    subject: { id: "scim", instead: "<Demo> with steps of your own subject, or <QuickCheck> questions" },
  }),
  /** The glossary, from frontmatter `glossary`. */
  Glossary: rule({
    attributes: z.strictObject({}),
    anchor: "glossary",
    data: { field: "glossary", has: (fm) => fm.glossary.length > 0, expected: "at least one entry" },
  }),
  /**
   * A numbered citation, e.g. `[3]` or `[1, 3]`, linking each number to its entry in the Sources list.
   * `src` is one source id from the frontmatter `sources`, or several separated by spaces.
   */
  Cite: rule({
    attributes: z.strictObject({
      src: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]*(?: +[a-z0-9][a-z0-9-]*)*$/, "one or more source ids separated by spaces, such as `okta-scim-concepts rfc-7644`"),
    }),
  }),
  /** The numbered source list, from frontmatter `sources`. */
  Sources: rule({
    attributes: z.strictObject({}),
    anchor: "sources",
    data: { field: "sources", has: (fm) => fm.sources.length > 0, expected: "at least one entry" },
  }),
  /** "What's next?", from frontmatter `next`. */
  WhatsNext: rule({
    attributes: z.strictObject({}),
    anchor: "whats-next",
    data: { field: "next", has: (fm) => fm.next !== undefined, expected: "title and description" },
  }),
} as const;

export type ComponentName = keyof typeof vocabulary;
export const componentNames = Object.keys(vocabulary) as ComponentName[];

/** The attributes of component `N` as an instructor writes them (its props before the build adds any). */
export type AttributesOf<N extends ComponentName> = z.output<(typeof vocabulary)[N]["attributes"]>;

/** The rules of a component, by name, with the fields every entry may have. */
export const ruleOf = (name: ComponentName): Rule => vocabulary[name];

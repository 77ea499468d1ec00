/**
 * The frontmatter schema of a lesson (`content/lessons/<slug>.mdx`). Validated at build time;
 * an error names the file, the field, what was found and what was expected.
 */
import { z } from "zod";
import { DEFAULT_PASS_PERCENT } from "@/lib/scoring";
import { DEFAULT_LEVEL, LEVELS } from "./levels";
import { SUBJECTS } from "./subjects";

const text = z.string().trim().min(1, "a non-empty text");
/** The longest quote a source may carry: a passage, not a page. */
export const QUOTE_MAX_CHARS = 400;
const sectionId = z.string().regex(/^[a-z][a-z0-9-]*$/, "a section id such as `scim-oin`");

export const glossaryEntry = z.strictObject({
  /** The term as the learner sees it, e.g. "SCIM 2.0". */
  term: text,
  /** One or two sentences. */
  definition: text,
  /** Other spellings that count as a use of the term in the lesson text (for the integrity check). */
  aliases: z.array(text).default([]),
});

export const source = z.strictObject({
  /**
   * How the body cites it: `<Cite src="okta-scim-concepts" />`. Kebab-case, unique within the lesson;
   * it is also the source's anchor on the page (`#source-okta-scim-concepts`).
   */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a kebab-case source id such as `okta-scim-concepts`"),
  /** Who publishes it, e.g. "Okta Developer". */
  publisher: text,
  /** The page's title or what it covers. */
  title: text,
  /** An absolute https URL. */
  url: z.url({ protocol: /^https$/, error: "an absolute https:// URL" }),
  /**
   * Optional: the page's own words that the lesson cites it for, one unbroken passage each, copied
   * exactly (no ellipsis, no quotation marks around them). The Sources list shows them under the
   * link, so a reader can find each one on the page; see `checkQuotes` in citations.ts.
   */
  quotes: z.array(text.max(QUOTE_MAX_CHARS, `at most ${QUOTE_MAX_CHARS} characters: the passage the lesson relies on, not the page`)).default([]),
});

export const tutorEntry = z.strictObject({
  /** The question as a learner would ask it. */
  question: text,
  /** The curated answer (plain text, may use `code`). Must not quote an assessment explanation. */
  answer: text,
  /** The id of the section the answer comes from; the dialog links to it. */
  section: sectionId,
  /** The reading level the answer is written for, shown beside it (the default level when omitted). */
  level: z.enum(LEVELS).default(DEFAULT_LEVEL),
});

/**
 * Words a learner may ask with, mapped to the lesson's own words, e.g. `delete: [deactivate]` or
 * `how long: [minutes]`. The tutor adds them to a question that contains the key.
 */
export const tutorSynonyms = z
  .record(z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, "a lowercase word or phrase such as `delete` or `how long`"), z.array(text).min(1).max(8))
  .default({});

/** The words of a claim: what the learner's line must say, in one clause or two neighbouring ones. */
const claimFields = {
  /**
   * Groups of words; the line states the claim when one clause holds at least one word of every
   * group (whole words, case-insensitive). E.g. [["outbound", "to app"], ["okta"], ["master", "source"]].
   */
  all: z.array(z.array(text).min(1)).min(1),
  /**
   * Words that, in the same clause, make it about another relation: "Outbound: the HR system is
   * the master" does not say Okta is the master, so that point lists `unless: ["hr", "inbound"]`.
   */
  unless: z.array(text).default([]),
  /** The groups must appear in the order given ("Okta pushes to apps", not "apps push to Okta"). */
  ordered: z.boolean().default(false),
};

export const keyPoint = z.strictObject({
  /** The point as shown in the checklist, e.g. "Outbound: Okta is the master". */
  label: text,
  ...claimFields,
});

export const misconception = z.strictObject({
  /** The wrong belief as named back to the learner, e.g. "In outbound provisioning, the HR system is the master." */
  belief: text,
  ...claimFields,
  /** The sentence that corrects it, true and stated as the lesson states it. */
  correction: text,
  /** The id of the section that explains it; the check links there. */
  section: sectionId,
});

export const frontmatterSchema = z.strictObject({
  /** The lesson's title (h1 and <title>). */
  title: text,
  /** Must equal the file name without `.mdx`; it is the URL: /lessons/<slug>. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case slug such as `okta-scim-provisioning`"),
  /** Breadcrumb trail, broad to narrow, e.g. [Okta, Identity & Access, SCIM Provisioning]. */
  track: z.array(text).min(1).max(4),
  /**
   * The subjects whose own components the lesson uses (`subjects: [scim]` for <ScimLab> and
   * <Infographic>); none when omitted. See lib/content/subjects.ts.
   */
  subjects: z.array(z.enum(SUBJECTS)).default([]),
  /** Reading levels the lesson offers; the default level (L2) when omitted. */
  levels: z.array(z.enum(LEVELS)).min(1).default([DEFAULT_LEVEL]),
  /**
   * The line under each level's name in "Read as", for the levels the lesson offers, e.g.
   * `L3: "Adds the SCIM wire format and edge cases."`. Levels without a hint show a neutral one.
   */
  levelHints: z.partialRecord(z.enum(LEVELS), text).default({}),
  /** Publication or last-review date, YYYY-MM-DD. */
  date: z.iso.date({ error: "a date written YYYY-MM-DD" }),
  /**
   * The share of all questions (inline and wrap-up) a learner must get right to complete the
   * lesson, in percent: 70 means 7 of 10. Every text that states the pass mark derives from it.
   */
  passMark: z
    .number({ error: "a whole number of percent from 1 to 100, such as 70" })
    .int("a whole number of percent from 1 to 100, such as 70")
    .min(1, "a whole number of percent from 1 to 100, such as 70")
    .max(100, "a whole number of percent from 1 to 100, such as 70")
    .default(DEFAULT_PASS_PERCENT),
  /** The last time the content was revised, YYYY-MM-DD, not earlier than `date`; shown beside it. */
  updated: z.iso.date({ error: "a date written YYYY-MM-DD" }).optional(),
  /** Reading time in minutes. */
  duration: z
    .number({ error: "a whole number of minutes from 1 to 240, such as 10" })
    .int("a whole number of minutes from 1 to 240, such as 10")
    .positive("a whole number of minutes from 1 to 240, such as 10")
    .max(240, "a whole number of minutes from 1 to 240, such as 10"),
  /**
   * How the meta row under the title names the lesson's demos, e.g. "live block demo". Without it
   * the row counts them: "1 live demo", "2 live demos".
   */
  demoLabel: text.optional(),
  /** One or two sentences under the title. */
  subtitle: text,
  /** The meta description for search and link previews, at most 160 characters. */
  description: text.max(160, "at most 160 characters"),
  /** The "Quick Answer" box. */
  quickAnswer: text,
  /** "By the end you will be able to" — 2 to 6 outcomes, each starting with a verb. */
  objectives: z.array(text).min(2).max(6),
  glossary: z.array(glossaryEntry).default([]),
  /** The numbered "Sources" list; every source must be cited by at least one `<Cite>` in the body. */
  sources: z.array(source).default([]),
  /** "What's next?" */
  next: z.strictObject({ title: text, description: text, href: z.string().optional() }).optional(),
  /** The curated AI Tutor's questions and answers (at least 8 when the lesson uses <Tutor />). */
  tutor: z.array(tutorEntry).default([]),
  /** The tutor's synonyms: a key the learner may type → words the lesson uses for it. */
  tutorSynonyms,
  /** "In your own words". */
  ownWords: z
    .strictObject({ prompt: text, expert: text, keyPoints: z.array(keyPoint).min(1), misconceptions: z.array(misconception).default([]) })
    .optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

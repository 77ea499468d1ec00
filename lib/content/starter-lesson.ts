/**
 * The starter lesson `npm run new-lesson` writes: every required frontmatter field, one source cited
 * in each of two sections, one QuickCheck and a SoFar. It speaks of no subject: each text the author
 * must replace starts with `TODO:` and says what belongs there, and the source is a placeholder on
 * example.org (./placeholders.ts). `npm run dev` previews it as written; `npm run check-content` and
 * `npm run build` name each placeholder left, so no starter sentence is ever published.
 */
import { PLACEHOLDER_URL } from "./placeholders";

export interface StarterInput {
  slug: string;
  title: string;
  /** YYYY-MM-DD; the lesson's publication date until the author changes it. */
  date: string;
}

/** A YAML double-quoted scalar: JSON strings are valid YAML, so any title is safe. */
const quote = (text: string) => JSON.stringify(text);

export function starterLesson({ slug, title, date }: StarterInput): string {
  return `---
title: ${quote(title)}
slug: ${slug}
track:
  - "TODO: your subject, e.g. Photography"
  - "TODO: this lesson's topic, e.g. Exposure"
levels: [L2]
date: "${date}"
duration: 10
subtitle: >-
  TODO: Say in one or two sentences what the learner will understand after this lesson and why it
  matters in their daily work. This line sits under the title.
description: "TODO: the search and link-preview summary, one sentence, at most 160 characters."
quickAnswer: >-
  TODO: Answer the lesson's main question in two or three plain sentences, as if a colleague asked
  it in the hallway. It appears in the Quick Answer box at the top of the page.
objectives:
  - "TODO: Explain the one idea a learner should take away, starting with a verb"
  - "TODO: Apply that idea to a task the learner does at work"
sources:
  - id: main-source
    publisher: "TODO: who publishes the page, e.g. IETF"
    title: "TODO: the page's title"
    url: "${PLACEHOLDER_URL}"
---

<Section id="the-idea" title="The idea in one picture" short="The idea">

TODO: Open with the single idea this lesson teaches, in two or three short paragraphs. Name the
systems involved and what moves between them. Keep each paragraph to one point: the reader is scanning.

TODO: Back every claim with the page it comes from. List that page under \`sources\` in the
frontmatter with a short \`id\`, then cite it after the sentence it supports, like this.<Cite src="main-source" />
The citation shows the source's number and links to it in the Sources list at the end; each
section needs at least one. Sections are numbered for you in the order they appear; give each a
short, lowercase \`id\` so that path cards, warm-up questions and the tutor can link to it.

<SoFar>

TODO: One sentence that sums up this section; Teach a friend strings these lines together.

</SoFar>

</Section>

<Section id="in-practice" title="Putting it into practice" short="In practice">

TODO: Show the idea at work: the steps a learner follows, what they see when it works and when it
goes wrong, each with its citation.<Cite src="main-source" /> Then check understanding with one question.

<QuickCheck id="q1" bloom="Remember">

TODO: Which frontmatter field must match this file's name?

<Option>

\`title\`, the heading the learner sees

</Option>

<Option correct>

\`slug\`, the last part of the lesson's URL

</Option>

<Option>

\`track\`, the breadcrumb trail

</Option>

<Explanation>

TODO: The slug is the file name without \`.mdx\` and becomes the URL /lessons/${slug}/; the check
reports any mismatch. Replace this question with one on your subject.

</Explanation>

</QuickCheck>

<SoFar>

TODO: The second section's summary in one sentence.

</SoFar>

</Section>

<Sources />
`;
}

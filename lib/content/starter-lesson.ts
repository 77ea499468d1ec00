/**
 * The starter lesson `npm run new-lesson` writes: every required frontmatter field filled with a
 * sentence that tells the author what belongs there, one source cited in each of two sections, one
 * QuickCheck and a SoFar.
 * It passes `npm run check-content` as written, so the author starts from a page that builds and
 * changes it one block at a time.
 */
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
  - "Your subject"
  - "Your topic"
levels: [L2]
date: "${date}"
duration: 10
subtitle: >-
  Say in one or two sentences what the learner will understand after this lesson and why it matters
  in their daily work. This line sits under the title.
description: "Write the search and link-preview summary here: one sentence, at most 160 characters."
quickAnswer: >-
  Answer the lesson's main question in two or three plain sentences, as if a colleague asked it in
  the hallway. It appears in the Quick Answer box at the top of the page.
objectives:
  - "Explain the one idea a learner should take away, starting with a verb"
  - "Apply that idea to a task the learner does at work"
sources:
  - id: okta-scim-20
    publisher: "Okta Developer"
    title: "Okta and SCIM Version 2.0"
    url: "https://developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20"
---

<Section id="the-idea" title="The idea in one picture" short="The idea">

Open with the single idea this lesson teaches, in two or three short paragraphs. Name the systems
involved and what moves between them. Keep each paragraph to one point: the reader is scanning.

Back every claim with the page it comes from. List that page under \`sources\` in the frontmatter
with a short \`id\`, then cite it after the sentence it supports, as this one does: Okta implements
SCIM 2.0 as the IETF's RFCs specify it.<Cite src="okta-scim-20" /> The citation shows the source's
number and links to it in the Sources list at the end; each section needs at least one.

Sections are numbered for you in the order they appear; give each a short, lowercase \`id\` so that
path cards, warm-up questions and the tutor can link to it.

<SoFar>

One sentence that sums up this section; Teach a friend strings these lines together.

</SoFar>

</Section>

<Section id="in-practice" title="Putting it into practice" short="In practice">

Show the idea at work: the console path an admin follows, the request on the wire, what the
learner sees when it goes wrong, each with its citation. For example, an admin lets Okta create
accounts in a SCIM app under Provisioning ▸ To App ▸ Create Users.<Cite src="okta-scim-20" /> Then
check understanding with one question.

<QuickCheck id="q1" bloom="Remember">

Which frontmatter field must match this file's name?

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

The slug is the file name without \`.mdx\` and becomes the URL /lessons/${slug}/; the check reports
any mismatch.

</Explanation>

</QuickCheck>

<SoFar>

The second section's summary in one sentence; replace it with yours.

</SoFar>

</Section>

<Sources />
`;
}

/**
 * Saved answers are kept per lesson slug and question hash (lib/progress drops an answer whose
 * hash changed). A change to what a question asks (its stem, an option, the keyed letter) must
 * change that question's hash and no other's; a change that leaves the meaning alone (line breaks,
 * spacing, emphasis or code marks, a citation, the explanation, the Bloom level) must not.
 */
import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";

interface Q2 {
  stem?: string;
  options?: string[];
  correct?: string;
  bloom?: string;
  explanation?: string;
}

const STEM = "What does Okta send when a user is deactivated?";
const OPTIONS = ["A DELETE request", "A PATCH with active false"];

const lesson = ({ stem = STEM, options = OPTIONS, correct = "b", bloom = "Understand", explanation = "Deactivation sends active false." }: Q2 = {}) => `---
title: "Hash test"
slug: hash-test
track: ["Tests"]
date: "2026-01-15"
duration: 5
subtitle: "Two questions whose hashes are compared."
description: "A lesson for the question-hash test."
quickAnswer: "Editing a question changes its hash."
objectives:
  - "Keep answers to unchanged questions"
  - "Drop answers to edited questions"
sources:
  - id: rfc-7644
    publisher: "IETF"
    title: "RFC 7644: SCIM Protocol"
    url: "https://www.rfc-editor.org/rfc/rfc7644"
---

<Section id="basics" title="Basics">

SCIM 2.0 is a REST protocol.<Cite src="rfc-7644" />

<QuickCheck id="q1" bloom="Remember">

Which protocol does Okta use to provision accounts?

<Option correct>

SCIM 2.0

</Option>

<Option>

SAML 2.0

</Option>

<Explanation>

SCIM 2.0 is the provisioning protocol.

</Explanation>

</QuickCheck>

<QuickCheck id="q2" bloom="${bloom}">

${stem}

${options.map((o, i) => `<Option${"abcdef".charAt(i) === correct ? " correct" : ""}>\n\n${o}\n\n</Option>`).join("\n\n")}

<Explanation>

${explanation}

</Explanation>

</QuickCheck>

</Section>

<Sources />
`;

async function hashes(source: string) {
  const { lesson: parsed, problems } = await parseLesson("/virtual/hash-test.mdx", source);
  expect(problems).toEqual([]);
  return { q1: parsed!.questions[0]!.hash, q2: parsed!.questions[1]!.hash, lesson: parsed!.questionsHash };
}

/** Asserts that q2's hash changed and q1's did not. */
async function expectOnlyQ2Changed(edit: Q2) {
  const before = await hashes(lesson());
  const after = await hashes(lesson(edit));
  expect(after.q1).toBe(before.q1);
  expect(after.q2).not.toBe(before.q2);
  expect(after.lesson).not.toBe(before.lesson);
}

describe("question hash", () => {
  it("is stable when nothing changes", async () => {
    expect(await hashes(lesson())).toEqual(await hashes(lesson()));
  });

  it("is the hash earlier builds saved answers under, so those answers stay valid", async () => {
    // FNV-1a of JSON [id, stem, options, correct], as saved by every build since answers were hashed.
    expect(await hashes(lesson())).toMatchObject({ q1: "pgzg34", q2: "1us5t3y" });
  });

  it("changes only for the question whose stem was reworded", async () => {
    await expectOnlyQ2Changed({ stem: "What does Okta send when it deactivates a user?" });
  });

  it("changes when text after the stem's first paragraph changes", async () => {
    const before = await hashes(lesson({ stem: `${STEM}\n\n\`\`\`http\nPATCH /Users/7\n\`\`\`` }));
    const after = await hashes(lesson({ stem: `${STEM}\n\n\`\`\`http\nPUT /Users/7\n\`\`\`` }));
    expect(after.q1).toBe(before.q1);
    expect(after.q2).not.toBe(before.q2);
  });

  it("changes only for the question whose options were reworded, added or reordered", async () => {
    await expectOnlyQ2Changed({ options: ["A DELETE call", "A PATCH with active false"] });
    await expectOnlyQ2Changed({ options: [...OPTIONS, "Nothing at all"] });
    await expectOnlyQ2Changed({ options: [...OPTIONS].reverse(), correct: "a" });
  });

  it("changes only for the question whose keyed letter changed", async () => {
    await expectOnlyQ2Changed({ correct: "a" });
  });

  it("does not change when only line breaks or spacing change", async () => {
    const before = await hashes(lesson());
    expect(await hashes(lesson({ stem: "What does Okta send\nwhen a user is   deactivated?" }))).toEqual(before);
    expect(await hashes(lesson({ options: ["A DELETE\nrequest", "A PATCH  with active false"] }))).toEqual(before);
  });

  it("does not change when only emphasis, code marks or a citation are added", async () => {
    const before = await hashes(lesson());
    expect(await hashes(lesson({ stem: "What does Okta send when a user is **deactivated**?" }))).toEqual(before);
    expect(await hashes(lesson({ options: ["A `DELETE` request", "A PATCH with *active* false"] }))).toEqual(before);
    expect(await hashes(lesson({ stem: `${STEM}<Cite src="rfc-7644" />` }))).toEqual(before);
  });

  it("does not change when only the explanation or the Bloom level changes", async () => {
    const before = await hashes(lesson());
    expect(await hashes(lesson({ explanation: "Okta deactivates with a PATCH that sets active to false." }))).toEqual(before);
    expect(await hashes(lesson({ bloom: "Remember" }))).toEqual(before);
  });
});

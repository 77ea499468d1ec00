/**
 * Saved answers are kept per lesson slug and question hash (lib/progress drops an answer whose
 * hash changed). Editing one question must change that question's hash, and no other's.
 */
import { describe, expect, it } from "vitest";
import { parseLesson } from "./load";

const lesson = (q2Prompt: string, q2Options: string[]) => `---
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

<QuickCheck id="q1" correct="a" bloom="Remember">

Which protocol does Okta use to provision accounts?

<Option>

SCIM 2.0

</Option>

<Option>

SAML 2.0

</Option>

<Explanation>

SCIM 2.0 is the provisioning protocol.

</Explanation>

</QuickCheck>

<QuickCheck id="q2" correct="b" bloom="Understand">

${q2Prompt}

${q2Options.map((o) => `<Option>\n\n${o}\n\n</Option>`).join("\n\n")}

<Explanation>

Deactivation sends active false.

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

const prompt = "What does Okta send when a user is deactivated?";
const options = ["A DELETE request", "A PATCH with active false"];

describe("question hash", () => {
  it("is stable when nothing changes", async () => {
    expect(await hashes(lesson(prompt, options))).toEqual(await hashes(lesson(prompt, options)));
  });

  it("changes only for the question whose prompt was edited", async () => {
    const before = await hashes(lesson(prompt, options));
    const after = await hashes(lesson("What does Okta send when it deactivates a user?", options));
    expect(after.q1).toBe(before.q1);
    expect(after.q2).not.toBe(before.q2);
    expect(after.lesson).not.toBe(before.lesson);
  });

  it("changes only for the question whose options were edited", async () => {
    const before = await hashes(lesson(prompt, options));
    const reworded = await hashes(lesson(prompt, ["A DELETE call", "A PATCH with active false"]));
    const added = await hashes(lesson(prompt, [...options, "Nothing at all"]));
    for (const after of [reworded, added]) {
      expect(after.q1).toBe(before.q1);
      expect(after.q2).not.toBe(before.q2);
    }
  });
});

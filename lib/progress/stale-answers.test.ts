/**
 * From an edited lesson to the learner's saved progress: answers given before an instructor edits
 * one question survive for every other question, together with the attempts and an earned pass;
 * only the answer to the edited question is dropped, and the store says which one it was.
 */
import { describe, expect, it } from "vitest";
import { parseLesson } from "@/lib/content/load";
import { questionKey } from "@/lib/question";
import { memoryStorage } from "./memory-storage.test-helper";
import { createSafeStorage } from "./safe-storage";
import { PROGRESS_VERSION } from "./schema";
import { createLessonStore, hydrateLessonStore, storageKey, type QuestionKey } from "./store";

interface Question {
  id: string;
  correct: string;
  stem: string;
  options: string[];
}

const ORIGINAL: Question[] = [
  { id: "q1", correct: "a", stem: "Which protocol does Okta provision accounts with?", options: ["SCIM 2.0", "SAML 2.0", "LDAP"] },
  { id: "q2", correct: "b", stem: "What makes Okta create an account in an app?", options: ["A nightly import", "Assigning the user to the app", "A group rule alone"] },
  { id: "q3", correct: "c", stem: "Where do you read provisioning errors?", options: ["In the app's log", "In the browser console", "In the System Log"] },
];

function lessonSource(questions: Question[]): string {
  const checks = questions
    .map(
      (q) => `<QuickCheck id="${q.id}" bloom="Remember">

${q.stem}

${q.options.map((o, i) => `<Option${"abcdef".charAt(i) === q.correct ? " correct" : ""}>\n\n${o}\n\n</Option>`).join("\n\n")}

<Explanation>

See the section.

</Explanation>

</QuickCheck>`,
    )
    .join("\n\n");
  return `---
title: "Stale answers"
slug: stale-answers
track: ["Tests"]
date: "2026-01-15"
duration: 5
subtitle: "Three questions, one of them edited."
description: "A lesson for the stale-answer test."
quickAnswer: "Only the edited question loses its saved answer."
objectives:
  - "Keep answers to unchanged questions"
  - "Drop answers to edited questions"
sources:
  - id: okta-scim-concepts
    publisher: "Okta Developer"
    title: "Understanding SCIM and Okta provisioning concepts"
    url: "https://developer.okta.com/docs/concepts/scim/"
---

<Section id="basics" title="Basics">

Okta provisions accounts over SCIM.<Cite src="okta-scim-concepts" />

${checks}

</Section>

<Sources />
`;
}

async function keysOf(questions: Question[]): Promise<QuestionKey[]> {
  const { lesson, problems } = await parseLesson("/virtual/stale-answers.mdx", lessonSource(questions));
  expect(problems).toEqual([]);
  return lesson!.questions.map(questionKey);
}

const key = storageKey("stale-answers");

/** A learner who answered all three questions, submitted and passed on the original lesson. */
async function savedOnOriginal(): Promise<Storage> {
  const backing = memoryStorage();
  const storage = createSafeStorage(() => backing);
  const store = createLessonStore("stale-answers", { questions: await keysOf(ORIGINAL), passPercent: 70 }, storage);
  hydrateLessonStore(store, storage);
  for (const q of ORIGINAL) store.getState().choose(q.id, q.correct);
  store.getState().setLevel("L3");
  expect(store.getState().submit()?.passed).toBe(true);
  return backing;
}

async function openEdited(backing: Storage, edited: Question[]) {
  const storage = createSafeStorage(() => backing);
  const store = createLessonStore("stale-answers", { questions: await keysOf(edited), passPercent: 70 }, storage);
  hydrateLessonStore(store, storage);
  return store.getState();
}

const edit = (id: string, change: Partial<Question>) => ORIGINAL.map((q) => (q.id === id ? { ...q, ...change } : q));

describe("answers saved before a question was edited", () => {
  it.each([
    ["its stem is reworded", edit("q2", { stem: "What makes Okta create an account in a connected app?" })],
    ["an option is reworded", edit("q2", { options: ["A scheduled import", "Assigning the user to the app", "A group rule alone"] })],
    ["its keyed letter changes", edit("q2", { correct: "a", options: ["Assigning the user to the app", "A nightly import", "A group rule alone"] })],
  ])("only q2's answer is dropped when %s; the others, the attempt and the pass are kept", async (_, edited) => {
    const state = await openEdited(await savedOnOriginal(), edited);
    expect(state.staleDropped).toEqual(["q2"]);
    expect(Object.keys(state.answers).sort()).toEqual(["q1", "q3"]);
    expect(state.answers.q1?.choice).toBe("a");
    expect(state.answers.q3?.choice).toBe("c");
    expect(state.passed).toMatchObject({ score: 3, total: 3 });
    expect(state.attempts).toHaveLength(1);
    expect(state.level).toBe("L3");
    // The attempt can no longer be shown as it was submitted, so the learner answers q2 again.
    expect(state.submitted).toBe(false);
  });

  it("keeps every answer when only spacing and markup change", async () => {
    const edited = edit("q3", { stem: "Where do you read\nprovisioning **errors**?", options: ["In the app's log", "In the browser  console", "In the `System Log`"] });
    const state = await openEdited(await savedOnOriginal(), edited);
    expect(state.staleDropped).toEqual([]);
    expect(Object.keys(state.answers).sort()).toEqual(["q1", "q2", "q3"]);
    expect(state.submitted).toBe(true);
  });

  it("reports the dropped answer once: after the learner answers again, a reload drops nothing", async () => {
    const backing = await savedOnOriginal();
    const edited = edit("q1", { stem: "Which standard does Okta provision accounts with?" });
    const first = await openEdited(backing, edited);
    expect(first.staleDropped).toEqual(["q1"]);
    first.choose("q1", "a");
    const again = await openEdited(backing, edited);
    expect(again.staleDropped).toEqual([]);
    expect(again.answers.q1).toMatchObject({ choice: "a" });
    expect(JSON.parse(backing.getItem(key) ?? "{}")).toMatchObject({ version: PROGRESS_VERSION });
  });
});

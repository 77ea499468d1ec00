import { describe, expect, it } from "vitest";
import { filterTutor } from "./tutor-filter";

const entries = [
  { question: "Does Okta send PUT or PATCH?", answer: "It depends." },
  { question: "What does a 409 mean?", answer: "A uniqueness conflict on userName." },
];

describe("filterTutor", () => {
  it("keeps everything for an empty query", () => {
    expect(filterTutor(entries, "  ")).toHaveLength(2);
  });

  it("matches every word, in questions and answers, case-insensitively", () => {
    expect(filterTutor(entries, "patch")).toEqual([entries[0]]);
    expect(filterTutor(entries, "USERNAME 409")).toEqual([entries[1]]);
    expect(filterTutor(entries, "patch 409")).toEqual([]);
  });
});

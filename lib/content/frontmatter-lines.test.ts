import { describe, expect, it } from "vitest";
import { frontmatterLine } from "./frontmatter-lines";

const raw = `---
title: "A lesson"
track:
  - "Okta"
  - "SCIM"
levels: [L1, L4]
glossary:
  - term: "SCIM"
    definition: "The standard."
  - term: "OIN"
    definition: "The catalog."
next:
  title: "More"
---

title: not frontmatter
`;

describe("frontmatterLine", () => {
  it("finds top-level fields, list items and fields of list items", () => {
    expect(frontmatterLine(raw, ["title"])).toBe(2);
    expect(frontmatterLine(raw, ["track", 1])).toBe(5);
    expect(frontmatterLine(raw, ["glossary", 1, "term"])).toBe(10);
    expect(frontmatterLine(raw, ["glossary", 1, "definition"])).toBe(11);
    expect(frontmatterLine(raw, ["next", "title"])).toBe(13);
  });

  it("falls back to the deepest part it found, and has no line for a missing field", () => {
    expect(frontmatterLine(raw, ["levels", 1])).toBe(6);
    expect(frontmatterLine(raw, ["glossary", 5, "term"])).toBe(7);
    expect(frontmatterLine(raw, ["quickAnswer"])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { checkKeyPoints, containsWord, coversPoint, type KeyPoint } from "./own-words";

const points: KeyPoint[] = [
  { label: "Outbound: Okta is the master", all: [["outbound", "to app", "push"], ["okta"], ["master", "source"]] },
  { label: "Both run on SCIM", all: [["scim"]] },
];

describe("containsWord", () => {
  it("matches whole words, case-insensitively", () => {
    expect(containsWord("The HR system is master", "hr")).toBe(true);
    expect(containsWord("three systems", "hr")).toBe(false);
    expect(containsWord("Push TO  APP via SCIM", "to app")).toBe(true);
  });

  it("treats regex characters in a word literally", () => {
    expect(containsWord("a+b", "a+b")).toBe(true);
    expect(containsWord("aab", "a+b")).toBe(false);
  });
});

describe("coversPoint", () => {
  const outbound = points[0]!;
  it("needs a word from every group", () => {
    expect(coversPoint("Outbound: Okta is the source of truth", outbound)).toBe(true);
    expect(coversPoint("Outbound: the app is the master", outbound)).toBe(false);
  });
});

describe("checkKeyPoints", () => {
  it("reports each point in order", () => {
    expect(checkKeyPoints("okta pushes via scim", points)).toEqual([
      { label: "Outbound: Okta is the master", covered: false },
      { label: "Both run on SCIM", covered: true },
    ]);
    expect(checkKeyPoints("", points).every((p) => !p.covered)).toBe(true);
  });
});

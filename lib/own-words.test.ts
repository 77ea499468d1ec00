import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { frontmatterSchema } from "@/lib/content/frontmatter";
import { checkKeyPoints, containsWord, coversPoint, findMisconceptions, statesClaim, stretches, type KeyPoint, type Misconception } from "./own-words";

const HR = ["hr", "workday", "bamboohr"];
const MASTER = ["master", "source", "source of truth", "owner"];

/** A lesson's worth of points, written as an instructor would. */
const outbound: KeyPoint = { label: "Outbound: Okta is the master", all: [["outbound", "to app"], ["okta"], MASTER], unless: [...HR, "inbound"] };
const inbound: KeyPoint = { label: "Inbound: the HR system is the master", all: [["inbound", "import", "imports", "into okta", "to okta"], HR, MASTER], unless: ["outbound"] };
const provisions: KeyPoint = {
  label: "Okta then provisions the apps",
  ordered: true,
  all: [["okta"], ["push", "pushes", "provisions", "sends", "creates"], ["app", "apps"]],
  unless: ["inbound"],
};
const points = [outbound, inbound, provisions];
const misconceptions: Misconception[] = [
  { belief: "In outbound provisioning the HR system is the master.", all: [["outbound"], HR, MASTER], unless: ["okta"], correction: "Outbound: Okta is the master.", section: "inbound" },
  { belief: "In inbound provisioning Okta is the master.", all: [["inbound"], ["okta"], MASTER], unless: HR, correction: "Inbound: the HR system is the master.", section: "inbound" },
];

const covered = (line: string) => checkKeyPoints(line, points).filter((p) => p.covered).map((p) => p.label);
const named = (line: string) => findMisconceptions(line, misconceptions).map((m) => m.belief);

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

describe("stretches", () => {
  it("cuts sentences into clauses and pairs neighbouring clauses of one sentence", () => {
    expect(stretches("In outbound, Okta is master. Inbound: the HR system is master, while Okta imports")).toEqual([
      "In outbound",
      "In outbound Okta is master",
      "Okta is master",
      "Inbound: the HR system is master",
      "Okta imports",
    ]);
  });
});

/** Real-sounding lines, what they cover and which mix-ups they state. */
const table: { kind: string; line: string; covers: KeyPoint[]; states: number[] }[] = [
  // right
  { kind: "right", line: "Outbound means Okta is the master and pushes accounts to apps; inbound means the HR system is the master and Okta imports from it.", covers: [outbound, inbound, provisions], states: [] },
  { kind: "right", line: "In outbound, Okta is the source of truth. In inbound, Workday is the source of truth.", covers: [outbound, inbound], states: [] },
  { kind: "right", line: "Okta is the master for outbound, while for inbound the HR system (Workday) is the master.", covers: [outbound, inbound], states: [] },
  { kind: "right", line: "With inbound the HR system is the owner of the data, and Okta then provisions the apps.", covers: [inbound, provisions], states: [] },
  { kind: "right", line: "outbound = okta is master, inbound = hr is master", covers: [outbound, inbound], states: [] },
  { kind: "right", line: "Okta pushes users to the apps as the master in outbound provisioning.", covers: [outbound, provisions], states: [] },
  // reversed
  { kind: "reversed", line: "Outbound is when the HR system is master and pushes to Okta. Inbound is Okta master pushing to apps.", covers: [], states: [0, 1] },
  { kind: "reversed", line: "In outbound provisioning Workday is the source of truth.", covers: [], states: [0] },
  { kind: "reversed", line: "Inbound: Okta is the master and sends users to the apps.", covers: [], states: [1] },
  { kind: "reversed", line: "The apps push their users to Okta.", covers: [], states: [] },
  { kind: "reversed", line: "For outbound, BambooHR is the owner; for inbound, Okta is the owner.", covers: [], states: [0, 1] },
  // partial
  { kind: "partial", line: "Outbound: Okta is the master.", covers: [outbound], states: [] },
  { kind: "partial", line: "Inbound is when the HR system is the master.", covers: [inbound], states: [] },
  { kind: "partial", line: "Okta creates accounts in the apps.", covers: [provisions], states: [] },
  { kind: "partial", line: "Outbound and inbound are the two directions of provisioning.", covers: [], states: [] },
  // keyword soup
  { kind: "keyword soup", line: "outbound inbound okta master hr master apps", covers: [], states: [] },
  { kind: "keyword soup", line: "okta master outbound, hr master inbound, push apps", covers: [], states: [] },
  { kind: "keyword soup", line: "Outbound Inbound Okta HR Workday master source apps push import", covers: [], states: [] },
  // negated
  { kind: "negated", line: "Okta does not push to apps.", covers: [], states: [] },
  { kind: "negated", line: "In outbound, Okta is never the master.", covers: [], states: [] },
  { kind: "negated", line: "In inbound provisioning Okta isn't the master.", covers: [], states: [] },
  { kind: "negated", line: "Outbound: Okta is the master, not the HR system.", covers: [outbound], states: [] },
];

describe("key points are claims", () => {
  it.each(table)("$kind: $line", ({ line, covers, states }) => {
    expect(covered(line)).toEqual(covers.map((p) => p.label));
    expect(named(line)).toEqual(states.map((i) => misconceptions[i]!.belief));
  });

  it("an ordered claim reads the relation's direction", () => {
    expect(coversPoint("Okta pushes the user to the app", provisions)).toBe(true);
    expect(coversPoint("The app pushes the user to Okta", provisions)).toBe(false);
  });

  it("a blank line states nothing", () => {
    expect(checkKeyPoints("", points).every((p) => !p.covered)).toBe(true);
    expect(statesClaim("   ", outbound)).toBe(false);
  });
});

describe("the lesson's own exercise", () => {
  const raw = readFileSync(path.join(process.cwd(), "content/lessons/okta-scim-provisioning.mdx"), "utf8");
  const fm = frontmatterSchema.parse(matter(raw, { engines: { yaml: (s) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object } }).data);
  const ownWords = fm.ownWords!;

  it("the expert version covers every key point and states no misconception", () => {
    expect(checkKeyPoints(ownWords.expert, ownWords.keyPoints).filter((p) => !p.covered)).toEqual([]);
    expect(findMisconceptions(ownWords.expert, ownWords.misconceptions)).toEqual([]);
  });

  it("each misconception's own belief is named back, and a line of it is not all covered", () => {
    for (const m of ownWords.misconceptions) {
      expect(findMisconceptions(m.belief, ownWords.misconceptions)).toContain(m);
      expect(checkKeyPoints(m.belief, ownWords.keyPoints).every((p) => p.covered)).toBe(false);
    }
  });

  it("its keyword soup covers nothing", () => {
    const soup = [...new Set(ownWords.keyPoints.flatMap((p) => p.all.map((group) => group[0]!)))].join(" ");
    expect(checkKeyPoints(soup, ownWords.keyPoints).filter((p) => p.covered)).toEqual([]);
  });
});

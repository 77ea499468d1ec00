import { describe, expect, it } from "vitest";
import { MAX_OPTIONS, RESPONSE_PATTERN } from "../letters";
import { keyProblem, QUESTION_KINDS } from "./index";

const letters = ["a", "b", "c", "d"];

describe("the question kinds table", () => {
  it("names each kind by its own key and keeps options within the letters", () => {
    for (const [id, kind] of Object.entries(QUESTION_KINDS)) {
      expect(kind.id).toBe(id);
      expect(kind.options.min).toBeGreaterThanOrEqual(2);
      expect(kind.options.max).toBeLessThanOrEqual(MAX_OPTIONS);
    }
  });

  it("makes every key a valid response of its own kind, in the saved form", () => {
    const marked = [false, true, false, true];
    for (const kind of Object.values(QUESTION_KINDS)) {
      const key = kind.key(letters, kind.marks === "exactly-one" ? [false, true, false, false] : marked);
      expect(kind.isResponse(key, letters)).toBe(true);
      expect(key).toMatch(RESPONSE_PATTERN);
      expect(kind.score(key, key)).toBe(true);
    }
  });

  it("accepts only complete responses of each kind", () => {
    const { "choose-one": one, "choose-all": all, order } = QUESTION_KINDS;
    expect(one.isResponse("c", letters)).toBe(true);
    expect(one.isResponse("e", letters)).toBe(false);
    expect(one.isResponse("ab", letters)).toBe(false);
    expect(all.isResponse("bd", letters)).toBe(true);
    expect(all.isResponse("db", letters)).toBe(false);
    expect(all.isResponse("bb", letters)).toBe(false);
    expect(all.isResponse("", letters)).toBe(false);
    expect(order.isResponse("dcba", letters)).toBe(true);
    expect(order.isResponse("dcb", letters)).toBe(false);
    expect(order.isResponse("dcbb", letters)).toBe(false);
  });

  it("formats SCORM responses per version: choice a,c,d / a[,]c[,]d and sequencing", () => {
    const { "choose-all": all, order } = QUESTION_KINDS;
    expect(all.scorm).toMatchObject({ type: "choice" });
    expect(all.scorm.format("dac", "1.2")).toBe("a,c,d");
    expect(all.scorm.format("dac", "2004")).toBe("a[,]c[,]d");
    expect(order.scorm).toMatchObject({ type: "sequencing" });
    expect(order.scorm.format("cab", "1.2")).toBe("c,a,b");
    expect(order.scorm.format("cab", "2004")).toBe("c[,]a[,]b");
  });

  it("says what is wrong with a question's marks", () => {
    expect(keyProblem(QUESTION_KINDS["choose-one"], 1)).toBeNull();
    expect(keyProblem(QUESTION_KINDS["choose-one"], 0)).toContain("expected exactly 1");
    expect(keyProblem(QUESTION_KINDS["choose-all"], 0)).toContain("expected at least 1");
    expect(keyProblem(QUESTION_KINDS["choose-all"], 3)).toBeNull();
    expect(keyProblem(QUESTION_KINDS.order, 1)).toContain("expected none");
  });
});

import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("uses the singular for one and the plural otherwise, zero included", () => {
    expect(plural(1, "question")).toBe("1 question");
    expect(plural(0, "question")).toBe("0 questions");
    expect(plural(13, "live demo")).toBe("13 live demos");
  });

  it("takes an irregular plural", () => {
    expect(plural(2, "entry", "entries")).toBe("2 entries");
    expect(plural(1, "entry", "entries")).toBe("1 entry");
  });
});

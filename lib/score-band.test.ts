import { describe, expect, it } from "vitest";
import { almostMargin, scoreBand } from "./score-band";

describe("scoreBand", () => {
  it("passes at the mark and above (7 of 10 at 70%)", () => {
    expect(scoreBand(7, 10, 70)).toBe("pass");
    expect(scoreBand(10, 10, 70)).toBe("pass");
  });

  it("says almost only one answer short of the mark on ten questions", () => {
    expect(almostMargin(10)).toBe(1);
    expect(scoreBand(6, 10, 70)).toBe("almost");
    expect(scoreBand(5, 10, 70)).toBe("not-yet");
  });

  it("sends a low score back to the start", () => {
    expect(scoreBand(1, 10, 70)).toBe("start-over");
    expect(scoreBand(3, 10, 70)).toBe("start-over");
    expect(scoreBand(4, 10, 70)).toBe("not-yet");
    expect(scoreBand(0, 10, 70)).toBe("start-over");
  });

  it("scales the margin with the number of questions", () => {
    expect(almostMargin(3)).toBe(1);
    expect(almostMargin(30)).toBe(3);
    expect(scoreBand(18, 30, 70)).toBe("almost");
    expect(scoreBand(17, 30, 70)).toBe("not-yet");
  });

  it("never passes an empty assessment", () => {
    expect(scoreBand(0, 0, 70)).not.toBe("pass");
  });
});

import { describe, expect, it } from "vitest";
import { duration2004, time12, timespan12, timestamp2004 } from "./cmi-time";

describe("SCORM times", () => {
  it("formats SCORM 1.2 timespans as HHHH:MM:SS.SS", () => {
    expect(timespan12(0)).toBe("0000:00:00.00");
    expect(timespan12(65_300)).toBe("0000:01:05.30");
    expect(timespan12(3_600_000 * 12 + 59_999)).toBe("0012:01:00.00");
  });

  it("formats SCORM 2004 durations as ISO 8601", () => {
    expect(duration2004(0)).toBe("PT0S");
    expect(duration2004(65_300)).toBe("PT1M5.3S");
    expect(duration2004(3_723_450)).toBe("PT1H2M3.45S");
  });

  it("formats the time of an interaction for each version", () => {
    const at = new Date("2026-11-30T09:05:07.891Z");
    expect(time12(at)).toBe("09:05:07");
    expect(timestamp2004(at)).toBe("2026-11-30T09:05:07.89Z");
  });
});

import { describe, expect, it } from "vitest";
import { teachSummary } from "./summary";

describe("teachSummary", () => {
  it("lists each section's short title with its So far line, then the link", () => {
    const text = teachSummary({
      title: "Okta SCIM",
      url: "https://example.com/lessons/okta/",
      sections: [
        { number: 1, short: "SCIM" },
        { number: 2, short: "Outbound" },
      ],
      soFar: ["Okta speaks SCIM 2.0.", "Okta is the master."],
    });
    expect(text.split("\n")).toEqual([
      "Okta SCIM — in 2 points:",
      "1. SCIM: Okta speaks SCIM 2.0.",
      "2. Outbound: Okta is the master.",
      "Learn it here: https://example.com/lessons/okta/",
    ]);
  });

  it("keeps a section without a So far line", () => {
    const text = teachSummary({ title: "T", url: "u", sections: [{ number: 1, short: "Only" }], soFar: [] });
    expect(text).toBe("T — in 1 point:\n1. Only:\nLearn it here: u");
  });
});

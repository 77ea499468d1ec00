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

  it("keeps a So far line's own label instead of doubling it with the section's", () => {
    const text = teachSummary({
      title: "T",
      url: "u",
      sections: [
        { number: 1, short: "Outbound provisioning" },
        { number: 2, short: "Lifecycle" },
      ],
      soFar: ["Outbound (To App): Okta is master.", "Okta deactivates (active=false), never deletes."],
    });
    expect(text.split("\n").slice(1, 3)).toEqual(["1. Outbound (To App): Okta is master.", "2. Lifecycle: Okta deactivates (active=false), never deletes."]);
    expect(text).not.toContain("Outbound provisioning: Outbound");
  });
});

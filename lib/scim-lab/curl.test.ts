import { describe, expect, it } from "vitest";
import { toCurl } from "./curl";
import { BASE_URL } from "./seed";

describe("toCurl", () => {
  it("gives method, full URL, every header and the body, quoted for a shell", () => {
    const command = toCurl({ method: "PATCH", path: "/scim/v2/Users/1?x=1", headers: { Authorization: "Bearer t", "Content-Type": "application/scim+json" }, body: `{"value":"it's"}` });
    expect(command).toBe(
      [`curl -X PATCH '${new URL("/scim/v2/Users/1?x=1", BASE_URL)}'`, "-H 'Authorization: Bearer t'", "-H 'Content-Type: application/scim+json'", `--data-raw '{"value":"it'\\''s"}'`].join(" \\\n  "),
    );
  });

  it("leaves out --data-raw when there is no body", () => {
    expect(toCurl({ method: "GET", path: "/scim/v2/Users", headers: {} })).not.toContain("--data-raw");
  });
});

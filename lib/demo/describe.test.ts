import { describe, expect, it } from "vitest";
import { describeDemo, packetLabel } from "./describe";
import { initialDemoState } from "./machine";

const steps = [
  { title: "Assign" },
  { title: "SCIM POST", wire: "POST /scim/v2/Users" },
  { title: "Account created", wire: "HTTP/1.1 201 Created · id 2819c223" },
];
const failure = { step: 3, wire: "HTTP/1.1 409 Conflict · scimType uniqueness", title: "409 Conflict — the user already exists in the CRM" };

describe("packetLabel", () => {
  it("shortens a response line to its status", () => {
    expect(packetLabel("HTTP/1.1 201 Created · id 2819c223")).toBe("201 Created");
    expect(packetLabel("HTTP/1.1 409 Conflict · scimType uniqueness")).toBe("409 Conflict");
    expect(packetLabel("HTTP/1.1 204")).toBe("204");
  });

  it("shortens a request line to its method", () => {
    expect(packetLabel("POST /scim/v2/Users")).toBe("POST");
    expect(packetLabel("PATCH /scim/v2/Groups/{id} → 204 No Content")).toBe("PATCH");
  });

  it("has no label without a wire line", () => {
    expect(packetLabel(undefined)).toBeNull();
    expect(packetLabel("")).toBeNull();
  });
});

describe("describeDemo", () => {
  it("invites to play when idle", () => {
    expect(describeDemo(initialDemoState, steps, failure, "CRM").line).toBe("Ready: press Play.");
  });

  it("names the step and announces its wire line while playing", () => {
    const d = describeDemo({ status: "playing", step: 1, mode: "happy" }, steps, failure, "CRM");
    expect(d.line).toBe("Step 2 of 3: SCIM POST");
    expect(d.announcement).toBe("Step 2 of 3: SCIM POST — POST /scim/v2/Users");
  });

  it("says where it paused", () => {
    expect(describeDemo({ status: "paused", step: 0, mode: "happy" }, steps, failure, "CRM").line).toBe("Paused at step 1 of 3: Assign");
  });

  it("reports a finished run, in words that fit any subject", () => {
    const d = describeDemo({ status: "done", step: 2, mode: "happy" }, steps, failure, "CRM");
    expect(d.line).toBe("Done: all 3 steps ran.");
    expect(d.announcement).toBe("Done: all 3 steps ran.");
  });

  it("reports the break with the status the app returned", () => {
    const d = describeDemo({ status: "broken", step: 2, mode: "break" }, steps, failure, "CRM");
    expect(d.line).toBe("Broke at step 3 of 3: 409 Conflict");
    expect(d.announcement).toContain("CRM returned HTTP/1.1 409 Conflict · scimType uniqueness");
  });

  it("tells a reader below the demo's wire level what happened in words, with no wire line", () => {
    const words = steps.map(({ title }) => ({ title }));
    const playing = describeDemo({ status: "playing", step: 1, mode: "happy" }, words, { step: 3, title: failure.title }, "CRM");
    expect(playing.announcement).toBe("Step 2 of 3: SCIM POST");
    const broken = describeDemo({ status: "broken", step: 2, mode: "break" }, words, { step: 3, title: failure.title }, "CRM");
    expect(broken.line).toBe("Broke at step 3 of 3: Account created");
    expect(broken.announcement).toBe("Broke at step 3 of 3, Account created: 409 Conflict — the user already exists in the CRM. The failure details follow the steps.");
    expect(broken.announcement).not.toContain("HTTP/1.1");
  });
});

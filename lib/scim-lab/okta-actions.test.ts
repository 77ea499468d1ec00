import { describe, expect, it } from "vitest";
import { createLab } from "./lab";
import { runAction } from "./okta-actions";
import { SEED_ACCOUNTS } from "./seed";

const line = (result: Awaited<ReturnType<typeof runAction>>) =>
  result.exchanges.map(({ request, response }) => `${request.method} ${decodeURIComponent(request.path)} → ${response.status}`);
const body = (text?: string) => JSON.parse(text ?? "null") as Record<string, unknown>;

describe("Assign user", () => {
  it("checks with a filter GET, then creates with POST, and logs user.push", async () => {
    const lab = createLab();
    const result = await runAction(lab, "assign", "jane");
    expect(line(result)).toEqual([
      'GET /scim/v2/Users?filter=userName eq "jdoe@example.com"&startIndex=1&count=100 → 200',
      "POST /scim/v2/Users → 201",
    ]);
    const sent = body(result.exchanges[1]?.request.body);
    expect(sent).toMatchObject({ userName: "jdoe@example.com", externalId: "00u1abcd2EFGH3ijk4l5", active: true });
    expect(typeof sent.password).toBe("string");
    expect(result.exchanges[0]?.request.headers.Authorization).toMatch(/^Bearer /);
    expect(result.events).toEqual([expect.objectContaining({ eventType: "application.provision.user.push", outcome: "SUCCESS" })]);
  });

  it("links an existing account found by the filter instead of creating a duplicate", async () => {
    const lab = createLab();
    const result = await runAction(lab, "assign", "sam");
    expect(result.exchanges.map((e) => e.request.method)).toEqual(["GET"]);
    expect(lab.okta.linked.sam).toBe(SEED_ACCOUNTS.sam.id);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.verify_exists", outcome: "SUCCESS" });
  });

  it("with a case-sensitive lookup, the create fails with 409 and logs user.push FAILURE", async () => {
    const lab = createLab();
    lab.faults.caseSensitiveLookup = true;
    const result = await runAction(lab, "assign", "sam");
    expect(line(result)).toEqual([
      'GET /scim/v2/Users?filter=userName eq "sam.rivera@example.com"&startIndex=1&count=100 → 200',
      "POST /scim/v2/Users → 409",
    ]);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.push", outcome: "FAILURE" });
    expect(lab.okta.linked.sam).toBeUndefined();
  });

  it("assigning again after a failed create retries the whole sequence", async () => {
    const lab = createLab();
    lab.faults.caseSensitiveLookup = true;
    await runAction(lab, "assign", "sam");
    lab.faults.caseSensitiveLookup = false;
    const retry = await runAction(lab, "assign", "sam");
    expect(retry.exchanges.map((e) => e.request.method)).toEqual(["GET"]);
    expect(lab.okta.linked.sam).toBe(SEED_ACCOUNTS.sam.id);
  });
});

describe("Update profile", () => {
  it("without PATCH support, reads the user then PUTs the whole resource back", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "update", "jane");
    expect(result.exchanges.map((e) => `${e.request.method} ${e.response.status}`)).toEqual(["GET 200", "PUT 200"]);
    const sent = body(result.exchanges[1]?.request.body);
    expect(sent).toMatchObject({ userName: "jdoe@example.com", name: { familyName: "Doe-Smith" }, active: true });
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.push_profile", outcome: "SUCCESS" });
  });

  it("with PATCH support, sends only the change as a PatchOp", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "update", "jane");
    expect(result.exchanges.map((e) => e.request.method)).toEqual(["PATCH"]);
    expect(body(result.exchanges[0]?.request.body)).toMatchObject({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", path: "name.familyName", value: "Doe-Smith" }, { op: "replace", path: "displayName", value: "Jane Doe-Smith" }],
    });
  });

  it("sends nothing for a person who was never provisioned", async () => {
    const result = await runAction(createLab(), "update", "jane");
    expect(result.exchanges).toEqual([]);
    expect(result.note).toMatch(/assign Jane first/);
  });
});

describe("Unassign and Reactivate", () => {
  it("unassign deactivates with a pathless PatchOp active:false and logs user.deactivate", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "unassign", "jane");
    expect(result.exchanges.map((e) => e.request.method)).toEqual(["PATCH"]);
    expect(body(result.exchanges[0]?.request.body)).toMatchObject({ Operations: [{ op: "replace", value: { active: false } }] });
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.deactivate", outcome: "SUCCESS" });
    expect(lab.store.users.get(lab.okta.linked.jane as string)?.active).toBe(false);
  });

  it("without PATCH support, deactivation is GET then PUT with active:false", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "unassign", "jane");
    expect(result.exchanges.map((e) => e.request.method)).toEqual(["GET", "PUT"]);
    expect(body(result.exchanges[1]?.request.body)).toMatchObject({ active: false });
  });

  it("reactivate sends active:true and logs user.reactivate", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    await runAction(lab, "assign", "sam");
    const result = await runAction(lab, "reactivate", "sam");
    expect(body(result.exchanges[0]?.request.body)).toMatchObject({ Operations: [{ op: "replace", value: { active: true } }] });
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.reactivate", outcome: "SUCCESS" });
    expect(lab.store.users.get(SEED_ACCOUNTS.sam.id)?.active).toBe(true);
  });
});

describe("Group Push", () => {
  it("checks the name, creates the group empty, then PATCHes in only the assigned members", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "pushGroup", "jane");
    expect(line(result)).toEqual([
      'GET /scim/v2/Groups?filter=displayName eq "Sales"&startIndex=1&count=100 → 200',
      "POST /scim/v2/Groups → 201",
      `PATCH /scim/v2/Groups/${lab.okta.pushedGroupId} → 200`,
    ]);
    expect(body(result.exchanges[2]?.request.body)).toMatchObject({ Operations: [{ op: "add", path: "members", value: [{ value: lab.okta.linked.jane, display: "jdoe@example.com" }] }] });
    expect(result.events.map((e) => e.eventType)).toEqual(["application.provision.group_push.pushed", "application.provision.group_push.updated"]);
  });

  it("without PATCH support, membership is GET then PUT of the whole group", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "pushGroup", "jane");
    expect(result.exchanges.map((e) => e.request.method)).toEqual(["GET", "POST", "GET", "PUT"]);
  });

  it("adding an assigned person to the pushed group pushes their membership", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    await runAction(lab, "assign", "jane");
    await runAction(lab, "pushGroup", "jane");
    await runAction(lab, "assign", "sam");
    const result = await runAction(lab, "addToGroup", "sam");
    expect(body(result.exchanges[0]?.request.body)).toMatchObject({ Operations: [{ op: "add", path: "members", value: [{ value: SEED_ACCOUNTS.sam.id }] }] });
  });

  it("adding an unassigned person sends nothing", async () => {
    const lab = createLab();
    await runAction(lab, "pushGroup", "jane");
    const result = await runAction(lab, "addToGroup", "sam");
    expect(result.exchanges).toEqual([]);
    expect(result.note).toMatch(/not assigned/);
  });
});

describe("Import", () => {
  it("pages users then groups with count=100 and logs the import", async () => {
    const lab = createLab();
    const result = await runAction(lab, "import", "jane");
    expect(result.exchanges.map((e) => e.request.path)).toEqual(["/scim/v2/Users?startIndex=1&count=100", "/scim/v2/Groups?startIndex=1&count=100"]);
    expect(result.events.map((e) => e.eventType)).toEqual(["system.import.start", "system.import.complete"]);
  });
});

describe("faults as Okta records them", () => {
  it("an expired token logs application.integration.authentication_failure", async () => {
    const lab = createLab();
    lab.faults.expiredToken = true;
    const result = await runAction(lab, "assign", "jane");
    expect(result.exchanges[0]?.response.status).toBe(401);
    expect(result.events[0]).toMatchObject({ eventType: "application.integration.authentication_failure", outcome: "FAILURE" });
  });

  it("rate limiting logs application.integration.rate_limit_exceeded", async () => {
    const lab = createLab();
    lab.faults.rateLimit = true;
    const result = await runAction(lab, "import", "jane");
    expect(result.exchanges[0]?.response.status).toBe(429);
    expect(result.events[0]).toMatchObject({ eventType: "application.integration.rate_limit_exceeded", outcome: "FAILURE" });
  });

  it("no PATCH support fails Okta's PATCH with 501 and logs the action's FAILURE", async () => {
    const lab = createLab();
    lab.okta.patchSupport = true;
    lab.faults.noPatch = true;
    await runAction(lab, "assign", "jane");
    const result = await runAction(lab, "update", "jane");
    expect(result.exchanges[0]?.response.status).toBe(501);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.push_profile", outcome: "FAILURE" });
  });

  it("a failure's log message ends each sentence with one full stop", async () => {
    for (const fault of ["expiredToken", "rateLimit"] as const) {
      const lab = createLab();
      lab.faults[fault] = true;
      const result = await runAction(lab, "assign", "jane");
      const message = result.events[0]?.message ?? "";
      expect(message, fault).toMatch(/\.$/);
      expect(message, fault).not.toMatch(/\.\s*\./);
    }
  });
});

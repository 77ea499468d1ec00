import { describe, expect, it } from "vitest";
import { createLab, INTEGRATION_TYPES, type IntegrationType } from "./lab";
import { runAction } from "./tasks";
import { OKTA_PEOPLE, PUSH_GROUP, SEED_ACCOUNTS } from "./seed";

const line = (result: Awaited<ReturnType<typeof runAction>>) =>
  result.exchanges.map(({ request, response }) => `${request.method} ${decodeURIComponent(request.path)} → ${response.status}`);
const methods = (result: Awaited<ReturnType<typeof runAction>>) => result.exchanges.map((e) => e.request.method);
const body = (text?: string) => JSON.parse(text ?? "null") as Record<string, unknown>;
const lab = (integration: IntegrationType) => createLab(undefined, { integration });
const lookup = (login: string) => `GET /scim/v2/Users?filter=userName eq "${login}"&startIndex=1&count=100 → 200`;

/** What each integration type sends, per Okta's SCIM 2.0 guide and SCIM FAQ. */
const EXPECTED: Record<IntegrationType, { update: string[]; deactivate: string[]; reassign: string[]; membership: string }> = {
  aiw: { update: ["GET", "PUT"], deactivate: ["GET", "PUT"], reassign: ["GET", "GET", "PUT"], membership: "PUT" },
  "oin-guide": { update: ["GET", "PUT"], deactivate: ["PATCH"], reassign: ["GET", "PATCH", "GET", "PUT"], membership: "PATCH" },
  "oin-catalog": { update: ["PATCH"], deactivate: ["PATCH"], reassign: ["GET", "PATCH", "PATCH"], membership: "PATCH" },
};

describe("Assign user", () => {
  it("checks with a filter GET, then creates with POST carrying Okta's headers only, and logs user.push", async () => {
    const l = lab("aiw");
    const result = await runAction(l, "assign", "jane");
    expect(line(result)).toEqual([lookup("jdoe@example.com"), "POST /scim/v2/Users → 201"]);
    const sent = body(result.exchanges[1]?.request.body);
    expect(sent).toMatchObject({ userName: "jdoe@example.com", externalId: OKTA_PEOPLE.jane.oktaId, active: true });
    expect(typeof sent.password).toBe("string");
    expect(Object.keys(result.exchanges[1]?.request.headers ?? {}).sort()).toEqual(["Authorization", "User-Agent"]);
    expect(result.exchanges[1]?.request.headers["User-Agent"]).toBe("Okta SCIM Client 1.0.0");
    expect(result.events).toEqual([expect.objectContaining({ eventType: "application.provision.user.push", outcome: "SUCCESS" })]);
  });

  it("with a case-sensitive lookup, the create fails with 409, nothing is linked and a failed task waits", async () => {
    const l = lab("aiw");
    l.faults.caseSensitiveLookup = true;
    const result = await runAction(l, "assign", "sam");
    expect(line(result)).toEqual([lookup("sam.rivera@example.com"), "POST /scim/v2/Users → 409"]);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.push", outcome: "FAILURE" });
    expect(l.okta.linked.sam).toBeUndefined();
    expect(l.okta.tasks).toEqual([expect.objectContaining({ action: "assign", person: "sam", status: "failed" })]);
  });

  it("assigning someone already assigned sends nothing", async () => {
    const l = lab("aiw");
    await runAction(l, "assign", "jane");
    const again = await runAction(l, "assign", "jane");
    expect(again.exchanges).toEqual([]);
  });
});

describe.each(INTEGRATION_TYPES)("the %s integration type", (type) => {
  it("updates a profile as its type does", async () => {
    const l = lab(type);
    await runAction(l, "assign", "jane");
    const result = await runAction(l, "update", "jane");
    expect(methods(result)).toEqual(EXPECTED[type].update);
    expect(l.store.users.get(l.okta.linked.jane as string)?.name?.familyName).toBe(OKTA_PEOPLE.jane.otherLastName);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.user.push_profile", outcome: "SUCCESS" });
  });

  it("unassigning deactivates (active: false) as its type does, never with DELETE", async () => {
    const l = lab(type);
    await runAction(l, "assign", "jane");
    const result = await runAction(l, "unassign", "jane");
    expect(methods(result)).toEqual(EXPECTED[type].deactivate);
    const sent = body(result.exchanges.at(-1)?.request.body);
    if (type === "aiw") expect(sent).toMatchObject({ active: false, userName: "jdoe@example.com" });
    else expect(sent).toMatchObject({ Operations: [{ op: "replace", value: { active: false } }] });
    expect(l.store.users.get(l.okta.linked.jane as string)?.active).toBe(false);
    expect(l.okta.assigned.jane).toBe(false);
  });

  it("re-assigning reactivates the existing account in the same flow", async () => {
    const l = lab(type);
    await runAction(l, "assign", "jane");
    await runAction(l, "unassign", "jane");
    const result = await runAction(l, "assign", "jane");
    expect(methods(result)).toEqual(EXPECTED[type].reassign);
    expect(l.store.users.get(l.okta.linked.jane as string)?.active).toBe(true);
    expect([...l.store.users.values()].filter((u) => u.userName === "jdoe@example.com")).toHaveLength(1);
    expect(result.events.map((e) => e.eventType)).toEqual(["application.provision.user.verify_exists", "application.provision.user.reactivate"]);
  });

  it("re-assigning Sam finds and reactivates his inactive account", async () => {
    const l = lab(type);
    const result = await runAction(l, "assign", "sam");
    expect(result.exchanges[0]?.request.path).toContain("filter=");
    expect(l.okta.linked.sam).toBe(SEED_ACCOUNTS.sam.id);
    expect(l.store.users.get(SEED_ACCOUNTS.sam.id)?.active).toBe(true);
  });

  it("pushes a group with a POST (no lookup first), then its assigned members", async () => {
    const l = lab(type);
    await runAction(l, "assign", "jane");
    const result = await runAction(l, "pushGroup", "jane");
    expect(line(result)).toEqual(["POST /scim/v2/Groups → 201", `${EXPECTED[type].membership} /scim/v2/Groups/${l.okta.pushedGroupId} → 200`]);
    expect(body(result.exchanges[0]?.request.body)).toMatchObject({ displayName: PUSH_GROUP.name, members: [] });
    expect(result.events.map((e) => e.eventType)).toEqual(["application.provision.group_push.pushed", "application.provision.group_push.push_memberships"]);
  });

  it("removes a member as its type does, and membership never depends on anything else", async () => {
    const l = lab(type);
    await runAction(l, "assign", "jane");
    await runAction(l, "assign", "sam");
    await runAction(l, "pushGroup", "jane");
    await runAction(l, "addToGroup", "sam");
    const group = () => l.store.groups.get(l.okta.pushedGroupId as string);
    expect(group()?.members.map((m) => m.value).sort()).toEqual([l.okta.linked.jane, SEED_ACCOUNTS.sam.id].sort());
    const result = await runAction(l, "removeFromGroup", "jane");
    const sent = body(result.exchanges[0]?.request.body);
    if (type === "aiw") expect(sent).toMatchObject({ members: [{ value: SEED_ACCOUNTS.sam.id }] });
    else expect(sent).toMatchObject({ Operations: [{ op: "remove", path: `members[value eq "${l.okta.linked.jane}"]` }] });
    expect(group()?.members.map((m) => m.value)).toEqual([SEED_ACCOUNTS.sam.id]);
    expect(result.events[0]).toMatchObject({ eventType: "application.provision.group_push.push_memberships", outcome: "SUCCESS" });
  });
});

describe("Group Push", () => {
  it("adding an unassigned person sends nothing", async () => {
    const l = lab("oin-guide");
    await runAction(l, "pushGroup", "jane");
    const result = await runAction(l, "addToGroup", "sam");
    expect(result.exchanges).toEqual([]);
    expect(result.note).toMatch(/not assigned/);
  });

  it("unlinking with delete sends DELETE /Groups/{id}; leaving it sends nothing", async () => {
    const l = lab("oin-guide");
    await runAction(l, "pushGroup", "jane");
    const id = l.okta.pushedGroupId as string;
    const deleted = await runAction(l, "unlinkDelete", "jane");
    expect(line(deleted)).toEqual([`DELETE /scim/v2/Groups/${id} → 204`]);
    expect(l.store.groups.has(id)).toBe(false);
    await runAction(l, "pushGroup", "jane");
    const kept = l.okta.pushedGroupId as string;
    const left = await runAction(l, "unlinkLeave", "jane");
    expect(left.exchanges).toEqual([]);
    expect(l.store.groups.has(kept)).toBe(true);
    expect(l.okta.pushedGroupId).toBeUndefined();
  });
});

describe("Import", () => {
  it("pages users then groups with count=100 and logs the import", async () => {
    const result = await runAction(lab("aiw"), "import", "jane");
    expect(result.exchanges.map((e) => e.request.path)).toEqual(["/scim/v2/Users?startIndex=1&count=100", "/scim/v2/Groups?startIndex=1&count=100"]);
    expect(result.events.map((e) => e.eventType)).toEqual(["system.import.start", "system.import.complete"]);
  });
});

describe("faults as Okta records them", () => {
  it("an expired token logs application.integration.authentication_failure and leaves a failed task", async () => {
    const l = lab("aiw");
    l.faults.expiredToken = true;
    const result = await runAction(l, "assign", "jane");
    expect(result.exchanges[0]?.response.status).toBe(401);
    expect(result.events[0]).toMatchObject({ eventType: "application.integration.authentication_failure", outcome: "FAILURE" });
    expect(l.okta.tasks[0]).toMatchObject({ status: "failed" });
    expect(result.events[0]?.message).not.toMatch(/\.\./);
  });

  it("no PATCH support fails an OIN integration's PATCH with 501; an AIW app never sends PATCH", async () => {
    const oin = lab("oin-guide");
    oin.faults.noPatch = true;
    await runAction(oin, "assign", "jane");
    const failed = await runAction(oin, "unassign", "jane");
    expect(failed.exchanges[0]?.response.status).toBe(501);
    expect(failed.events[0]).toMatchObject({ eventType: "application.provision.user.deactivate", outcome: "FAILURE" });
    const aiw = lab("aiw");
    aiw.faults.noPatch = true;
    await runAction(aiw, "assign", "jane");
    expect((await runAction(aiw, "unassign", "jane")).events[0]).toMatchObject({ outcome: "SUCCESS" });
  });

  it("a failed deprovision keeps the person assigned while the account stays active", async () => {
    const l = lab("oin-guide");
    await runAction(l, "assign", "jane");
    l.faults.expiredToken = true;
    await runAction(l, "unassign", "jane");
    expect(l.okta.assigned.jane).toBe(true);
    expect(l.store.users.get(l.okta.linked.jane as string)?.active).toBe(true);
  });

  it("a failure's log message ends each sentence with one full stop", async () => {
    // A 429 logs nothing (Okta retries the task itself); a 401 and a refused duplicate do.
    for (const [fault, person] of [["expiredToken", "jane"], ["caseSensitiveLookup", "sam"]] as const) {
      const lab = createLab();
      lab.faults[fault] = true;
      const result = await runAction(lab, "assign", person);
      const message = result.events[0]?.message ?? "";
      expect(message, fault).toMatch(/\.$/);
      expect(message, fault).not.toMatch(/\.\s*\./);
    }
  });
});

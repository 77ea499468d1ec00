import { describe, expect, it } from "vitest";
import { LAB_TOKEN, SEED_ACCOUNTS } from "./seed";
import { handle, MAX_BODY_BYTES } from "./service-provider";
import { createStore } from "./store";
import { HEALTHY, type Faults } from "./types";

const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

function client(faults: Partial<Faults> = {}) {
  const store = createStore();
  const send = (method: string, path: string, body?: unknown, token = LAB_TOKEN) =>
    handle(store, { method, path, headers: token ? { Authorization: `Bearer ${token}` } : {}, body: typeof body === "string" || body === undefined ? body : JSON.stringify(body) }, { ...HEALTHY, ...faults });
  return { store, send };
}

type List = { schemas: string[]; totalResults: unknown; startIndex: unknown; itemsPerPage: unknown; Resources: { id: string; userName: string; active: boolean }[] };
type Err = { schemas: string[]; status: unknown; scimType?: string; detail: string };

describe("Okta's SCIM 2.0 spec test, step by step", () => {
  it("lists users with count=2&startIndex=1 as a ListResponse with integer counters", async () => {
    const res = await client().send("GET", "/scim/v2/Users?count=2&startIndex=1");
    const body = res.body as List;
    expect(res.status).toBe(200);
    expect(body.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:ListResponse"]);
    expect(body).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    expect(body.Resources).toHaveLength(2);
  });

  it("answers a filter on a random userName with totalResults 0 and an empty list, not 404", async () => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${crypto.randomUUID()}@example.com"`)}&startIndex=1&count=100`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalResults: 0, itemsPerPage: 0, startIndex: 1, Resources: [] });
  });

  it("answers GET of a random id with 404 in the Error schema", async () => {
    const res = await client().send("GET", `/scim/v2/Users/${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "404" });
  });

  it("creates with 201, an id, Location and meta, and never returns the password", async () => {
    const res = await client().send("POST", "/scim/v2/Users", { schemas: [USER], userName: "jdoe@example.com", password: "placeholder", active: true });
    const body = res.body as Record<string, unknown> & { id: string; meta: Record<string, string> };
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.Location).toBe(`https://crm.example.com/scim/v2/Users/${body.id}`);
    expect(body.meta).toMatchObject({ resourceType: "User", location: res.headers.Location });
    expect(body.meta.created).toBeTruthy();
    expect(body.meta.lastModified).toBeTruthy();
    expect(body).not.toHaveProperty("password");
  });

  it("refuses a duplicate userName with 409 uniqueness, whatever its case", async () => {
    const { send } = client();
    await send("POST", "/scim/v2/Users", { schemas: [USER], userName: "jdoe@example.com" });
    const res = await send("POST", "/scim/v2/Users", { schemas: [USER], userName: "JDoe@Example.com" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
  });

  it("deactivates with a PatchOp without a path, and GET then shows the user inactive", async () => {
    const { send } = client();
    const created = (await send("POST", "/scim/v2/Users", { schemas: [USER], userName: "jdoe@example.com", active: true })).body as { id: string };
    const patched = await send("PATCH", `/scim/v2/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "replace", value: { active: false } }] });
    expect([200, 204]).toContain(patched.status);
    const read = await send("GET", `/scim/v2/Users/${created.id}`);
    expect(read.body).toMatchObject({ id: created.id, active: false });
  });
});

describe("RFC 7644 answers", () => {
  it("matches userName without case (caseExact: false)", async () => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent('userName eq "sam.rivera@example.com"')}`);
    expect((res.body as List).Resources.map((u) => u.id)).toEqual([SEED_ACCOUNTS.sam.id]);
  });

  it("replaces a user with PUT and answers 200 with the resource", async () => {
    const { send } = client();
    const id = SEED_ACCOUNTS.priya.id;
    const res = await send("PUT", `/scim/v2/Users/${id}`, { schemas: [USER], id, userName: "priya.shah@example.com", name: { givenName: "Priya", familyName: "Shah-Rao" }, active: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, name: { familyName: "Shah-Rao" } });
  });

  it("applies a PatchOp with a path", async () => {
    const id = SEED_ACCOUNTS.priya.id;
    const res = await client().send("PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH], Operations: [{ op: "replace", path: "name.familyName", value: "Rao" }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: { familyName: "Rao" } });
  });

  it("adds and removes group members by the app's user id", async () => {
    const { send } = client();
    const group = (await send("POST", "/scim/v2/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Sales", members: [] })).body as { id: string };
    const id = SEED_ACCOUNTS.sam.id;
    await send("PATCH", `/scim/v2/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "add", path: "members", value: [{ value: id, display: "sam" }] }] });
    expect(((await send("GET", `/scim/v2/Groups/${group.id}`)).body as { members: { value: string }[] }).members.map((m) => m.value)).toEqual([id]);
    await send("PATCH", `/scim/v2/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "remove", path: `members[value eq "${id}"]` }] });
    expect(((await send("GET", `/scim/v2/Groups/${group.id}`)).body as { members?: unknown[] }).members ?? []).toEqual([]);
  });

  it("refuses a member that is an email rather than an app user id", async () => {
    const res = await client().send("POST", "/scim/v2/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Ops", members: [{ value: "jdoe@example.com" }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ scimType: "invalidValue" });
  });

  it("deletes a group with 204 and no body", async () => {
    const res = await client().send("DELETE", "/scim/v2/Groups/abf4dd94-a4c0-4f67-89c9-76b03340cb9b");
    expect(res).toMatchObject({ status: 204, statusText: "No Content" });
    expect(res.body).toBeUndefined();
  });

  it.each([
    ['userName zz "a"', "an unknown operator"],
    ['(userName eq "a"', "an unclosed parenthesis"],
    ["userName eq", "a missing value"],
  ])("answers 400 invalidFilter for %s (%s)", async (filter) => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });
  });

  it("answers invalid JSON with 400 invalidSyntax", async () => {
    const res = await client().send("POST", "/scim/v2/Users", '{"userName": "a@b.c",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], scimType: "invalidSyntax" });
    expect((res.body as Err).detail).toMatch(/not valid JSON/);
  });

  it("answers a wrong attribute type with 400 invalidValue", async () => {
    const res = await client().send("POST", "/scim/v2/Users", { schemas: [USER], userName: 42 });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ scimType: "invalidValue" });
  });

  it("answers a non-integer count with 400 invalidValue", async () => {
    const res = await client().send("GET", "/scim/v2/Users?count=ten");
    expect(res.body).toMatchObject({ status: "400", scimType: "invalidValue" });
  });

  it("refuses a body over the size limit with 413 in the Error schema", async () => {
    const res = await client().send("POST", "/scim/v2/Users", JSON.stringify({ userName: "x".repeat(MAX_BODY_BYTES) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "413" });
  });

  it("answers an unknown path with 404 and an unknown method with 405, both SCIM errors", async () => {
    const { send } = client();
    expect((await send("GET", "/scim/v2/Accounts")).body).toMatchObject({ schemas: [ERROR], status: "404" });
    const wrong = await send("PUT", "/scim/v2/Users");
    expect(wrong.status).toBe(405);
    expect(wrong.body).toMatchObject({ schemas: [ERROR], status: "405" });
  });

  it("answers 401 without a bearer token or with a wrong one", async () => {
    const { send } = client();
    const none = await send("GET", "/scim/v2/Users", undefined, "");
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ schemas: [ERROR], status: "401" });
    const wrong = await send("GET", "/scim/v2/Users", undefined, "not-the-token");
    expect(wrong.headers["WWW-Authenticate"]).toContain('error="invalid_token"');
  });

  it("serves /ServiceProviderConfig, /Schemas and /ResourceTypes", async () => {
    const { send } = client();
    expect((await send("GET", "/scim/v2/ServiceProviderConfig")).body).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 200 } });
    const schemas = (await send("GET", "/scim/v2/Schemas")).body as { Resources: { id: string; attributes: { name: string; caseExact?: boolean }[] }[] };
    const user = schemas.Resources.find((s) => s.id === USER);
    expect(user?.attributes.find((a) => a.name === "userName")?.caseExact).toBe(false);
    expect((await send("GET", "/scim/v2/ResourceTypes/User")).body).toMatchObject({ endpoint: "/Users" });
  });
});

describe("faults", () => {
  it("case-sensitive lookup misses the stale account, and the create then hits 409", async () => {
    const { send } = client({ caseSensitiveLookup: true });
    const list = await send("GET", `/scim/v2/Users?filter=${encodeURIComponent('userName eq "sam.rivera@example.com"')}`);
    expect(list.body).toMatchObject({ totalResults: 0 });
    const create = await send("POST", "/scim/v2/Users", { schemas: [USER], userName: "sam.rivera@example.com" });
    expect(create.body).toMatchObject({ status: "409", scimType: "uniqueness" });
  });

  it("an expired token gets 401 with WWW-Authenticate invalid_token", async () => {
    const res = await client({ expiredToken: true }).send("GET", "/scim/v2/Users");
    expect(res.status).toBe(401);
    expect(res.headers["WWW-Authenticate"]).toContain('error="invalid_token"');
  });

  it("rate limiting gets 429 with Retry-After", async () => {
    const res = await client({ rateLimit: true }).send("GET", "/scim/v2/Users");
    expect(res.status).toBe(429);
    expect(Number(res.headers["Retry-After"])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "429" });
  });

  it("no PATCH: the config says so and PATCH gets 501, while PUT still works", async () => {
    const { send } = client({ noPatch: true });
    expect((await send("GET", "/scim/v2/ServiceProviderConfig")).body).toMatchObject({ patch: { supported: false } });
    const id = SEED_ACCOUNTS.priya.id;
    const patch = await send("PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH], Operations: [{ op: "replace", value: { active: false } }] });
    expect(patch.status).toBe(501);
    expect(patch.body).toMatchObject({ schemas: [ERROR], status: "501" });
    const put = await send("PUT", `/scim/v2/Users/${id}`, { schemas: [USER], userName: "priya.shah@example.com", active: false });
    expect(put.status).toBe(200);
  });
});

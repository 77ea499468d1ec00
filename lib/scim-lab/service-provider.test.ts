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

describe("RFC 7644 §3.4.2.4: pagination", () => {
  it("answers a startIndex past the last result with an empty page that still counts every result", async () => {
    const { send } = client();
    const all = (await send("GET", "/scim/v2/Users")).body as List;
    const total = Number(all.totalResults);
    const res = await send("GET", `/scim/v2/Users?startIndex=${total + 1}&count=100`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalResults: total, startIndex: total + 1, itemsPerPage: 0, Resources: [] });
  });

  it("pages by startIndex and count, the last page holding what is left", async () => {
    const { send } = client();
    const all = ((await send("GET", "/scim/v2/Users")).body as List).Resources.map((u) => u.id);
    const last = await send("GET", `/scim/v2/Users?startIndex=${all.length}&count=2`);
    expect(last.body).toMatchObject({ totalResults: all.length, startIndex: all.length, itemsPerPage: 1 });
    expect((last.body as List).Resources.map((u) => u.id)).toEqual(all.slice(-1));
  });

  it("answers count=0 with totalResults only, and a negative count as 0", async () => {
    const { send } = client();
    for (const count of [0, -5]) {
      const res = await send("GET", `/scim/v2/Users?count=${count}`);
      expect(res.body).toMatchObject({ itemsPerPage: 0, Resources: [] });
      expect(Number((res.body as List).totalResults)).toBeGreaterThan(0);
    }
  });
});

describe("RFC 7643: what /Schemas advertises is what the app keeps", () => {
  const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Every readWrite attribute of a schema in /Schemas. */
  async function readWrite(send: ReturnType<typeof client>["send"], id: string): Promise<string[]> {
    const schemas = (await send("GET", "/scim/v2/Schemas")).body as { Resources: { id: string; attributes: { name: string; mutability: string }[] }[] };
    return (schemas.Resources.find((s) => s.id === id)?.attributes ?? []).filter((a) => a.mutability === "readWrite").map((a) => a.name);
  }

  it("keeps title, nickName and enterprise attributes sent with POST", async () => {
    const { send } = client();
    expect(await readWrite(send, USER)).toEqual(expect.arrayContaining(["title", "nickName"]));
    expect(await readWrite(send, ENTERPRISE)).toEqual(expect.arrayContaining(["employeeNumber", "department"]));
    const created = await send("POST", "/scim/v2/Users", {
      schemas: [USER, ENTERPRISE],
      userName: "jdoe@example.com",
      title: "Account Executive",
      nickName: "Jay",
      phoneNumbers: [{ value: "+1 555 0100", type: "work" }],
      [ENTERPRISE]: { employeeNumber: "4711", department: "Sales" },
    });
    expect(created.status).toBe(201);
    const read = await send("GET", `/scim/v2/Users/${(created.body as { id: string }).id}`);
    expect(read.body).toMatchObject({
      title: "Account Executive",
      nickName: "Jay",
      phoneNumbers: [{ value: "+1 555 0100", type: "work" }],
      [ENTERPRISE]: { employeeNumber: "4711", department: "Sales" },
    });
    expect((read.body as { schemas: string[] }).schemas).toContain(ENTERPRISE);
  });

  it("keeps readWrite attributes set by PATCH, with and without a path", async () => {
    const { send } = client();
    const id = SEED_ACCOUNTS.priya.id;
    const patched = await send("PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: "replace", path: "title", value: "Staff Engineer" },
        { op: "add", value: { nickName: "Pri", [ENTERPRISE]: { costCenter: "R&D" } } },
      ],
    });
    expect(patched.status).toBe(200);
    const read = await send("GET", `/scim/v2/Users/${id}`);
    expect(read.body).toMatchObject({ title: "Staff Engineer", nickName: "Pri", [ENTERPRISE]: { costCenter: "R&D" } });
  });

  it("drops what a full replace (PUT) leaves out, and never returns the password", async () => {
    const { send } = client();
    const id = SEED_ACCOUNTS.priya.id;
    await send("PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH], Operations: [{ op: "replace", path: "title", value: "Lead" }] });
    await send("PUT", `/scim/v2/Users/${id}`, { schemas: [USER], userName: "priya.shah@example.com", password: "placeholder" });
    const read = (await send("GET", `/scim/v2/Users/${id}`)).body as Record<string, unknown>;
    expect(read).not.toHaveProperty("title");
    expect(read).not.toHaveProperty("password");
  });
});

describe("RFC 7643 §4.1.1: userName", () => {
  it.each([
    ["an empty", ""],
    ["a blank", "   "],
  ])("refuses %s userName with 400 invalidValue on POST, PUT and PATCH", async (_kind, userName) => {
    const { send, store } = client();
    const before = store.users.size;
    const post = await send("POST", "/scim/v2/Users", { schemas: [USER], userName });
    expect(post.status).toBe(400);
    expect(post.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidValue" });
    expect(store.users.size).toBe(before);
    const id = SEED_ACCOUNTS.priya.id;
    const put = await send("PUT", `/scim/v2/Users/${id}`, { schemas: [USER], userName });
    expect(put.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    const patch = await send("PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH], Operations: [{ op: "replace", path: "userName", value: userName }] });
    expect(patch.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect(store.users.get(id)?.userName).toBe(SEED_ACCOUNTS.priya.userName);
  });
});

describe("RFC 7644 §3.4.2.2: filters compare as each attribute's caseExact says", () => {
  const ids = (res: { body?: unknown }) => (res.body as List).Resources.map((u) => u.id);
  const filter = (expression: string) => `/scim/v2/Users?filter=${encodeURIComponent(expression)}`;

  it("matches emails.value without case, as /Schemas says caseExact: false", async () => {
    const { send } = client();
    const schemas = (await send("GET", "/scim/v2/Schemas")).body as { Resources: { id: string; attributes: { name: string; subAttributes?: { name: string; caseExact?: boolean }[] }[] }[] };
    const emails = schemas.Resources.find((s) => s.id === USER)?.attributes.find((a) => a.name === "emails");
    expect(emails?.subAttributes?.find((a) => a.name === "value")?.caseExact).toBe(false);
    const email = SEED_ACCOUNTS.priya.emails?.[0]?.value ?? "";
    expect(ids(await send("GET", filter(`emails.value eq "${email.toUpperCase()}"`)))).toEqual([SEED_ACCOUNTS.priya.id]);
    expect(ids(await send("GET", filter(`emails[value eq "${email.toUpperCase()}"]`)))).toEqual([SEED_ACCOUNTS.priya.id]);
    expect(ids(await send("GET", filter(`emails[type eq "WORK" and value sw "${email.slice(0, 5).toUpperCase()}"]`)))).toEqual([SEED_ACCOUNTS.priya.id]);
  });

  it("matches id with case, as RFC 7643 §3.1 makes it caseExact", async () => {
    const { send } = client();
    const id = SEED_ACCOUNTS.priya.id;
    expect(ids(await send("GET", filter(`id eq "${id}"`)))).toEqual([id]);
    expect(ids(await send("GET", filter(`id eq "${id.toUpperCase()}"`)))).toEqual([]);
  });

  it("reads a fully qualified attribute name (RFC 7644 §3.10), core or extension", async () => {
    const { send } = client();
    expect(ids(await send("GET", filter(`urn:ietf:params:scim:schemas:core:2.0:User:userName eq "${SEED_ACCOUNTS.priya.userName}"`)))).toEqual([SEED_ACCOUNTS.priya.id]);
    const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    const created = (await send("POST", "/scim/v2/Users", { schemas: [USER, ENTERPRISE], userName: "jdoe@example.com", [ENTERPRISE]: { department: "Sales" } })).body as { id: string };
    expect(ids(await send("GET", filter(`${ENTERPRISE}:department eq "sales"`)))).toEqual([created.id]);
  });

  it("the case-sensitive fault compares emails.value with case too", async () => {
    const email = SEED_ACCOUNTS.priya.emails?.[0]?.value ?? "";
    expect(ids(await client({ caseSensitiveLookup: true }).send("GET", filter(`emails.value eq "${email.toUpperCase()}"`)))).toEqual([]);
  });
});

describe("RFC 7644 §3.4.2.2: every filter in the RFC's examples is answered", () => {
  // Figure 2 of RFC 7644 §3.4.2.2.
  const EXAMPLES = [
    'userName eq "bjensen"',
    'name.familyName co "O\'Malley"',
    'userName sw "J"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
    "title pr",
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    'meta.lastModified ge "2011-05-13T04:42:34Z"',
    'meta.lastModified lt "2011-05-13T04:42:34Z"',
    'meta.lastModified le "2011-05-13T04:42:34Z"',
    'title pr and userType eq "Employee"',
    'title pr or userType eq "Intern"',
    'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    'userType eq "Employee" and (emails.type eq "work")',
    'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
  ];

  it.each(EXAMPLES)("%s", async (expression) => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent(expression)}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"] });
  });

  it("finds the users the examples describe", async () => {
    const { send } = client();
    const found = async (expression: string) => ((await send("GET", `/scim/v2/Users?filter=${encodeURIComponent(expression)}`)).body as List).Resources.map((u) => u.userName);
    const users = [...Object.values(SEED_ACCOUNTS)];
    const lastModified = users.map((u) => u.meta.lastModified).sort()[0] ?? "";
    expect(await found(`meta.lastModified gt "${lastModified}"`)).toEqual(users.filter((u) => u.meta.lastModified > lastModified).map((u) => u.userName));
    expect(await found(`meta.lastModified ge "${lastModified}"`)).toHaveLength(users.length);
    expect(await found('emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]')).toEqual(
      users.filter((u) => u.emails?.some((e) => e.type === "work" && e.value.toLowerCase().includes("@example.com"))).map((u) => u.userName),
    );
  });
});

describe("RFC 7644 §3.4.2.2: the rest of the filter grammar", () => {
  const found = async (expression: string) => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent(expression)}`);
    expect(res.status, expression).toBe(200);
    return (res.body as List).Resources.map((u) => u.id);
  };
  const { priya, marcus } = SEED_ACCOUNTS;

  it("reads nested grouping parentheses and lets and bind tighter than or", async () => {
    expect(await found(`((userName eq "${priya.userName}"))`)).toEqual([priya.id]);
    expect(await found(`userName eq "${priya.userName}" or userName eq "${marcus.userName}" and active eq false`)).toEqual([priya.id]);
    expect(await found(`(userName eq "${priya.userName}" or userName eq "${marcus.userName}") and active eq true`)).toEqual([priya.id, marcus.id]);
  });

  it("reads a JSON escape inside a string (RFC 7159 strings)", async () => {
    const { send } = client();
    const created = (await send("POST", "/scim/v2/Users", { schemas: [USER], userName: "quote@example.com", displayName: 'Jane "JD" Doe' })).body as { id: string };
    const res = await send("GET", `/scim/v2/Users?filter=${encodeURIComponent('displayName eq "jane \\"jd\\" doe"')}`);
    expect((res.body as List).Resources.map((u) => u.id)).toEqual([created.id]);
  });

  it("reads keywords and operators in any case", async () => {
    expect(await found(`USERNAME EQ "${priya.userName.toUpperCase()}" AND Active Eq TRUE`)).toEqual([priya.id]);
  });
});

describe("RFC 7644 §3.4.2.2 and §3.12: a bad filter is 400 invalidFilter with a sentence", () => {
  it.each([
    ['userName eq "a" or 1 eq 1', /attribute name/],
    ["1 eq 1", /attribute name/],
    ['userName eq "a" and', /ends after "and"/],
    ['userName eq "a" or', /ends after "or"/],
    ["userName eq priya", /needs double quotes/],
    ['userName eq "a" userName eq "b"', /"and" or "or"/],
    ['userName eq "a")', /without a matching "\("/],
    ['not userName eq "a"', /parentheses/],
    ['userName eq "unterminated', /closing double quote/],
    ['emails[type eq "work"', /"\]"/],
    ['emails[type eq "work"].value eq "a@example.com"', /PATCH path/],
    ["", /empty/],
  ])("%s", async (expression, detail) => {
    const res = await client().send("GET", `/scim/v2/Users?filter=${encodeURIComponent(expression)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });
    expect((res.body as Err).detail).toMatch(detail);
    expect((res.body as Err).detail).not.toMatch(/is not a function|Cannot read|undefined/);
  });

  it("refuses an attributes list that names no attribute with a sentence, not scimmy's internals", async () => {
    const res = await client().send("GET", "/scim/v2/Users?attributes=1");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], scimType: "invalidValue" });
    expect((res.body as Err).detail).toMatch(/not an attribute name/);
  });
});

describe("RFC 7644 §3.5.2.3: a PATCH value path that matches nothing", () => {
  it("answers 400 noTarget, as scimmy reports it", async () => {
    const id = SEED_ACCOUNTS.priya.id;
    const res = await client().send("PATCH", `/scim/v2/Users/${id}`, { schemas: [PATCH], Operations: [{ op: "replace", path: 'emails[type eq "home"].value', value: "priya@home.example" }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "noTarget" });
  });
});

describe("requests the app does not serve", () => {
  it.each(["/scim/v2/Users/.search", "/scim/v2/Groups/.search", "/scim/v2/.search"])("POST %s is 501 Not Implemented (RFC 7644 §3.4.3, §3.12), not a resource id", async (path) => {
    const { send, store } = client();
    const before = store.users.size;
    const res = await send("POST", path, { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], filter: 'userName eq "a"', userName: "a" });
    expect(res).toMatchObject({ status: 501, statusText: "Not Implemented" });
    expect(res.body).toMatchObject({ schemas: [ERROR], status: "501" });
    expect((res.body as Err).detail).toMatch(/GET/);
    expect(store.users.size).toBe(before);
  });

  it.each([
    ["POST", "/scim/v2/Users", { userName: "jdoe@example.com" }],
    ["PUT", `/scim/v2/Users/${SEED_ACCOUNTS.priya.id}`, { userName: "priya.shah@example.com" }],
    ["POST", "/scim/v2/Groups", { displayName: "Ops", members: [] }],
    ["POST", "/scim/v2/Users", { schemas: [], userName: "jdoe@example.com" }],
  ])("%s %s without a schemas list is 400 invalidSyntax (RFC 7643 §3: schemas is REQUIRED)", async (method, path, body) => {
    const { send, store } = client();
    const before = store.users.size;
    const res = await send(method, path, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], scimType: "invalidSyntax" });
    expect((res.body as Err).detail).toMatch(/schemas/);
    expect(store.users.size).toBe(before);
  });

  it("refuses a full URL to another host with 421 and says where the app lives, before asking for a token", async () => {
    const { send } = client();
    for (const path of ["https://evil.example.org/scim/v2/Users", "//evil.example.org/scim/v2/Users", "http://crm.example.com/scim/v2/Users"]) {
      const res = await send("GET", path, undefined, "");
      expect(res).toMatchObject({ status: 421, statusText: "Misdirected Request" });
      expect(res.body).toMatchObject({ schemas: [ERROR], status: "421" });
      expect((res.body as Err).detail).toContain("https://crm.example.com");
    }
    expect((await send("GET", "https://crm.example.com/scim/v2/Users")).status).toBe(200);
  });
});

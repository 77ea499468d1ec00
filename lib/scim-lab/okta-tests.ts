/**
 * Okta's published Runscope suites for SCIM 2.0, step by step, as the lab replays them against its
 * app. Each step keeps its name, request and assertions as the suite's JSON file has them; the
 * `origin` of every suite is the file Okta publishes. Steps that only call Okta's own API are
 * replayed as the Okta action they trigger (`okta`), so the app sees the requests Okta's SCIM
 * client sends for them.
 * SPEC test: https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-SPEC-Test.json
 * CRUD test: https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-CRUD-Test.json
 * Both are described in "Test your SCIM API" (docs/guides/scim-provisioning-integration-prepare)
 * and "Test your Okta integration" (docs/guides/scim-provisioning-integration-test).
 */

export type Comparison = "equal_number" | "equal" | "not_empty" | "has_value" | "contains" | "is_a_number";

export interface Assertion {
  source: "response_status" | "response_json";
  /** A path into the JSON answer, e.g. `Resources[0].name.familyName`. */
  property?: string;
  comparison: Comparison;
  /** May hold `{{variables}}`. */
  value?: string | number;
}

export interface RequestStep {
  kind: "request";
  name: string;
  method: "GET" | "POST";
  /** Relative to `{{SCIMBaseURL}}`, with `{{variables}}`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  assertions: Assertion[];
  /** Values captured from the answer for later steps. */
  variables?: { name: string; property: string }[];
  /** What the lab leaves out of the original step, and why. */
  omitted?: string;
}

/** A step that calls Okta's API; the lab runs the provisioning it sets off. */
export interface OktaStep {
  kind: "okta";
  name: string;
  /** The Okta API call the suite makes. */
  oktaCall: string;
  does: "createPerson" | "assign" | "updateFirstName" | "deactivateUser" | "activateUser" | "unassign";
}

export interface OktaTestSuite {
  id: "spec" | "crud";
  name: string;
  origin: string;
  steps: (RequestStep | OktaStep)[];
}

// The suites' own headers for their SCIM calls (Runscope's, not Okta's provisioning client's).
const GET_HEADERS = {
  "Accept-Charset": "utf-8",
  "Content-Type": "application/scim+json; charset=utf-8",
  Accept: "application/scim+json",
  Authorization: "{{auth}}",
  "User-Agent": "OKTA SCIM Integration",
};
const POST_HEADERS = { "Content-Type": "application/json", Authorization: "{{auth}}", Accept: "application/scim+json; charset=utf-8" };
const LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const status = (value: number): Assertion => ({ source: "response_status", comparison: "equal_number", value });
const json = (property: string, comparison: Comparison, value?: string | number): Assertion => ({ source: "response_json", property, comparison, ...(value === undefined ? {} : { value }) });
const newUser = (emailVar: string) =>
  `{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{randomUsername}}","name":{"givenName":"{{randomGivenName}}","familyName":"{{randomFamilyName}}"},"emails":[{"primary":true,"value":"{{${emailVar}}}","type":"work"}],"displayName":"{{randomGivenName}} {{randomFamilyName}}","active":true}`;

export const SPEC_TEST: OktaTestSuite = {
  id: "spec",
  name: "Okta SCIM 2.0 SPEC Test",
  origin: "https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-SPEC-Test.json",
  steps: [
    {
      kind: "request",
      name: "Required Test: Test Users endpoint",
      method: "GET",
      url: "/Users?count=1&startIndex=1",
      headers: GET_HEADERS,
      assertions: [
        status(200),
        json("Resources", "not_empty"),
        json("schemas", "has_value", LIST),
        json("itemsPerPage", "is_a_number"),
        json("startIndex", "is_a_number"),
        json("totalResults", "is_a_number"),
        json("Resources[0].id", "not_empty"),
        json("Resources[0].name.familyName", "not_empty"),
        json("Resources[0].name.givenName", "not_empty"),
        json("Resources[0].userName", "not_empty"),
        json("Resources[0].active", "not_empty"),
        json("Resources[0].emails[0].value", "not_empty"),
      ],
      variables: [{ name: "ISVUserid", property: "Resources[0].id" }],
    },
    {
      kind: "request",
      name: "Required Test: Get Users/{{id}}",
      method: "GET",
      url: "/Users/{{ISVUserid}}",
      headers: GET_HEADERS,
      assertions: [
        status(200),
        json("id", "not_empty"),
        json("name.familyName", "not_empty"),
        json("name.givenName", "not_empty"),
        json("userName", "not_empty"),
        json("active", "not_empty"),
        json("emails[0].value", "not_empty"),
        json("id", "equal", "{{ISVUserid}}"),
      ],
    },
    {
      kind: "request",
      name: "Required Test: Test invalid User by username",
      method: "GET",
      url: '/Users?filter=userName eq "{{InvalidUserEmail}}"',
      headers: GET_HEADERS,
      assertions: [status(200), json("schemas", "has_value", LIST), json("totalResults", "equal", 0)],
    },
    {
      kind: "request",
      name: "Required Test: Test invalid User by ID",
      method: "GET",
      url: "/Users/{{UserIdThatDoesNotExist}}",
      headers: GET_HEADERS,
      assertions: [status(404), json("detail", "not_empty"), json("schemas", "has_value", ERROR)],
    },
    {
      kind: "request",
      name: "Required Test: Make sure random user doesn't exist",
      method: "GET",
      url: '/Users?filter=userName eq "{{randomEmail}}"',
      headers: GET_HEADERS,
      assertions: [status(200), json("totalResults", "equal_number", 0), json("schemas", "has_value", LIST)],
    },
    {
      kind: "request",
      name: "Required Test: Create Okta user with realistic values",
      method: "POST",
      url: "/Users",
      headers: POST_HEADERS,
      body: newUser("randomEmail"),
      assertions: [
        status(201),
        json("active", "equal", "true"),
        json("id", "not_empty"),
        json("name.familyName", "equal", "{{randomFamilyName}}"),
        json("name.givenName", "equal", "{{randomGivenName}}"),
        json("schemas", "contains", "urn:ietf:params:scim:schemas:core:2.0:User"),
        json("userName", "equal", "{{randomUsername}}"),
      ],
      variables: [
        { name: "idUserOne", property: "id" },
        { name: "randomUserEmail", property: "emails[0].value" },
      ],
    },
    {
      kind: "request",
      name: "Required Test: Verify that user was created",
      method: "GET",
      url: "/Users/{{idUserOne}}",
      headers: GET_HEADERS,
      assertions: [status(200), json("userName", "equal", "{{randomUsername}}"), json("name.familyName", "equal", "{{randomFamilyName}}"), json("name.givenName", "equal", "{{randomGivenName}}")],
    },
    {
      kind: "request",
      name: "Required Test: Expect failure when recreating user with same values",
      method: "POST",
      url: "/Users",
      headers: POST_HEADERS,
      body: newUser("randomUsername"),
      assertions: [status(409)],
    },
    {
      // The suite asserts only the status: a lookup that ignores case and one that doesn't both pass.
      kind: "request",
      name: "Required Test: Username Case Sensitivity Check",
      method: "GET",
      url: '/Users?filter=userName eq "{{randomUsernameCaps}}"',
      headers: GET_HEADERS,
      assertions: [status(200)],
    },
    {
      kind: "request",
      name: "Optional Test: Verify Groups endpoint",
      method: "GET",
      url: "/Groups",
      headers: GET_HEADERS,
      assertions: [status(200)],
      omitted: "The suite also asserts a response time under 600 ms and runs a script that lists the groups; the lab's app answers inside your browser, so it keeps only the status.",
    },
    {
      kind: "request",
      name: "Required Test: Check status 401",
      method: "GET",
      url: '/Users?filter=userName eq "{{randomUsernameCaps}}"',
      headers: { ...GET_HEADERS, Authorization: "non-token" },
      assertions: [status(401), json("detail", "not_empty"), json("status", "equal", 401), json("schemas", "has_value", ERROR)],
    },
    {
      kind: "request",
      name: "Required Test: Check status 404",
      method: "GET",
      url: "/Users/00919288221112222",
      headers: GET_HEADERS,
      assertions: [status(404), json("detail", "not_empty"), json("status", "equal", 404), json("schemas", "has_value", ERROR)],
    },
  ],
};

const CRUD_GET = { Authorization: "{{auth}}", Accept: "application/scim+json" };

export const CRUD_TEST: OktaTestSuite = {
  id: "crud",
  name: "Okta SCIM 2.0 CRUD Test",
  origin: "https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-CRUD-Test.json",
  // Left out: the first step, "Check SCIM Apps instance in Okta" (GET /api/v1/apps/{id}), which
  // only checks the test's own Okta setup and sends the app nothing.
  steps: [
    { kind: "okta", name: "Add new random user to Okta", oktaCall: "POST /api/v1/users?activate=true", does: "createPerson" },
    { kind: "okta", name: "Assign user to SCIM App", oktaCall: "POST /api/v1/apps/{appId}/users", does: "assign" },
    {
      kind: "request",
      name: "Verify if user is created in SCIM App",
      method: "GET",
      url: '/Users?filter=userName eq "{{okta_user_email}}"',
      headers: CRUD_GET,
      assertions: [
        status(200),
        json("Resources[0].userName", "equal", "{{okta_user_email}}"),
        json("Resources[0].emails[0].value", "equal", "{{okta_user_email}}"),
        json("Resources[0].name.familyName", "equal", "{{okta_user_lastname}}"),
        json("Resources[0].name.givenName", "equal", "{{okta_user_firstname}}"),
      ],
      variables: [{ name: "scim_id", property: "Resources[0].id" }],
    },
    { kind: "okta", name: "Update user firstname", oktaCall: "PUT /api/v1/users/{userId}", does: "updateFirstName" },
    { kind: "request", name: "Verify firstname update in SCIM App", method: "GET", url: "/Users/{{scim_id}}", headers: CRUD_GET, assertions: [status(200), json("name.givenName", "equal", "{{okta_user_firstname_update}}")] },
    { kind: "okta", name: "Deactivate user in Okta", oktaCall: "POST /api/v1/users/{userId}/lifecycle/deactivate", does: "deactivateUser" },
    { kind: "request", name: "Verify if user is deactivated in SCIM App", method: "GET", url: "/Users/{{scim_id}}", headers: CRUD_GET, assertions: [status(200), json("active", "equal", "false")] },
    { kind: "okta", name: "Reactivate user in okta", oktaCall: "POST /api/v1/users/{userId}/lifecycle/activate", does: "activateUser" },
    { kind: "okta", name: "Assign user to SCIM App", oktaCall: "POST /api/v1/apps/{appId}/users", does: "assign" },
    { kind: "request", name: "Verify if user is reactivated in SCIM App", method: "GET", url: "/Users/{{scim_id}}", headers: CRUD_GET, assertions: [status(200), json("active", "equal", "true")] },
    { kind: "okta", name: "Removes an assignment for a user in Okta", oktaCall: "DELETE /api/v1/apps/{appId}/users/{userId}", does: "unassign" },
    { kind: "request", name: "Verify if user is deactivated in SCIM App", method: "GET", url: "/Users/{{scim_id}}", headers: CRUD_GET, assertions: [status(200), json("active", "equal", "false")] },
  ],
};

export const OKTA_TEST_SUITES = [SPEC_TEST, CRUD_TEST] as const;

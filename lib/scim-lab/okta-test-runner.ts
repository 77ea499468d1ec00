/**
 * Replays Okta's SPEC and CRUD suites (okta-tests.ts) against the lab's app and reports every
 * assertion. The CRUD suite's Okta steps run on an Okta side of their own, for a random person the
 * suite invents, so the learner's Okta org is untouched; the app's accounts change as a real run's do.
 */
import { createOktaSide, type Lab } from "./lab";
import { perform } from "./okta-actions";
import { OKTA_PEOPLE, LAB_TOKEN } from "./seed";
import { handle } from "./service-provider";
import type { Assertion, OktaTestSuite, RequestStep } from "./okta-tests";
import type { Exchange } from "./types";

export interface AssertionResult {
  assertion: Assertion;
  /** The assertion as the suite states it, with its variables filled in. */
  text: string;
  actual: string;
  pass: boolean;
}

export interface StepResult {
  name: string;
  kind: "request" | "okta";
  /** For an Okta step: the Okta API call the suite makes. */
  oktaCall?: string;
  exchanges: Exchange[];
  assertions: AssertionResult[];
  omitted?: string;
  pass: boolean;
}

export interface SuiteResult {
  suite: OktaTestSuite;
  steps: StepResult[];
  pass: boolean;
}

/** Reads `a.b[0].c` from a JSON value. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole);
const show = (v: unknown) => (v === undefined ? "(absent)" : typeof v === "string" ? `"${v}"` : JSON.stringify(v));

/** One comparison as Runscope makes it: `equal` compares text, `equal_number` numbers. */
export function compare(actual: unknown, comparison: Assertion["comparison"], expected?: string): boolean {
  switch (comparison) {
    case "equal_number":
      return typeof actual === "number" ? actual === Number(expected) : actual !== undefined && actual !== null && Number(actual) === Number(expected);
    case "equal":
      return actual !== undefined && actual !== null && String(actual) === expected;
    case "not_empty":
      if (actual === undefined || actual === null || actual === "") return false;
      if (Array.isArray(actual)) return actual.length > 0;
      return typeof actual !== "object" || Object.keys(actual).length > 0;
    case "has_value":
      return Array.isArray(actual) && actual.some((item) => String(item) === expected);
    case "contains":
      return Array.isArray(actual) ? actual.some((item) => String(item) === expected) : typeof actual === "string" && expected !== undefined && actual.includes(expected);
    case "is_a_number":
      return typeof actual === "number" || (typeof actual === "string" && actual.trim() !== "" && !Number.isNaN(Number(actual)));
  }
}

function check(assertion: Assertion, exchange: Exchange, vars: Record<string, string>): AssertionResult {
  const expected = assertion.value === undefined ? undefined : fill(String(assertion.value), vars);
  const actual = assertion.source === "response_status" ? exchange.response.status : readPath(exchange.response.body, assertion.property ?? "");
  const subject = assertion.source === "response_status" ? "status" : assertion.property;
  return {
    assertion,
    text: `${subject} ${assertion.comparison.replace(/_/g, " ")}${expected === undefined ? "" : ` ${expected}`}`,
    actual: show(actual),
    pass: compare(actual, assertion.comparison, expected),
  };
}

async function runRequest(lab: Lab, step: RequestStep, vars: Record<string, string>): Promise<StepResult> {
  const request = {
    method: step.method,
    path: `/scim/v2${fill(step.url, vars)}`,
    headers: Object.fromEntries(Object.entries(step.headers).map(([k, v]) => [k, fill(v, vars)])),
    ...(step.body ? { body: fill(step.body, vars) } : {}),
  };
  const exchange = { request, response: await handle(lab.store, request, lab.faults) };
  for (const v of step.variables ?? []) {
    const value = readPath(exchange.response.body, v.property);
    if (value !== undefined) vars[v.name] = String(value);
  }
  const assertions = step.assertions.map((a) => check(a, exchange, vars));
  return { name: fill(step.name, vars), kind: "request", exchanges: [exchange], assertions, ...(step.omitted ? { omitted: step.omitted } : {}), pass: assertions.every((a) => a.pass) };
}

const digits = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String(b % 10)).join("");
const letters = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => "abcdefghijklmnopqrstuvwxyz"[b % 26]).join("");

/** The suites' set-up scripts: a "Runscope123" first name, a random last name, an @atko.com address. */
export function suiteVariables(): Record<string, string> {
  const firstName = `Runscope${digits(3)}`;
  const lastName = `${letters(1).toUpperCase()}${letters(8)}${digits(3)}`;
  const email = `${firstName}${lastName}@atko.com`;
  return {
    auth: `Bearer ${LAB_TOKEN}`,
    randomGivenName: firstName,
    randomFamilyName: lastName,
    randomEmail: email,
    randomUsername: email,
    randomUsernameCaps: email.toUpperCase(),
    InvalidUserEmail: "abcdefgh@atko.com",
    UserIdThatDoesNotExist: "010101001010101011001010101011",
    okta_user_firstname: firstName,
    okta_user_lastname: lastName,
    okta_user_firstname_update: `${firstName}update`,
    okta_user_email: email,
  };
}

/** Runs one suite against the lab's app (its store and faults). */
export async function runSuite(lab: Lab, suite: OktaTestSuite, vars: Record<string, string> = suiteVariables()): Promise<SuiteResult> {
  // The CRUD suite's person stands in for "jane" on an Okta side of its own.
  const person = { ...OKTA_PEOPLE.jane, oktaId: `00u${digits(17)}`, login: vars.okta_user_email ?? "", firstName: vars.okta_user_firstname ?? "", lastName: vars.okta_user_lastname ?? "", otherLastName: vars.okta_user_lastname ?? "" };
  const okta = { ...createOktaSide(lab.okta.integration ?? "aiw"), people: { jane: person }, groupMembers: [] };
  okta.lastName.jane = person.lastName;
  const testLab: Lab = { ...lab, okta };
  const steps: StepResult[] = [];
  for (const step of suite.steps) {
    if (step.kind === "request") {
      steps.push(await runRequest(lab, step, vars));
      continue;
    }
    let exchanges: Exchange[] = [];
    if (step.does === "assign") exchanges = (await perform(testLab, "assign", "jane")).exchanges;
    if (step.does === "updateFirstName") {
      person.firstName = vars.okta_user_firstname_update ?? person.firstName;
      exchanges = (await perform(testLab, "update", "jane")).exchanges;
    }
    // Deactivating the Okta user deprovisions the assignment: the same active: false request as an
    // unassignment ("Okta and SCIM Version 2.0", Delete Users). Reactivating sends the app nothing.
    if (step.does === "deactivateUser" || step.does === "unassign") exchanges = (await perform(testLab, "unassign", "jane")).exchanges;
    steps.push({ name: step.name, kind: "okta", oktaCall: step.oktaCall, exchanges, assertions: [], pass: true });
  }
  return { suite, steps, pass: steps.every((s) => s.pass) };
}

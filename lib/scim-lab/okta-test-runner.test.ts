import { describe, expect, it } from "vitest";
import { createLab } from "./lab";
import { compare, readPath, runSuite } from "./okta-test-runner";
import { CRUD_TEST, OKTA_TEST_SUITES, SPEC_TEST } from "./okta-tests";
import { runAction } from "./tasks";

const failing = (result: Awaited<ReturnType<typeof runSuite>>) =>
  result.steps.flatMap((s) => s.assertions.filter((a) => !a.pass).map((a) => `${s.name}: ${a.text} (got ${a.actual})`));

describe("Okta's SPEC and CRUD suites against the lab's app", () => {
  it("every suite names the file Okta publishes it in", () => {
    for (const suite of OKTA_TEST_SUITES) expect(suite.origin).toMatch(/^https:\/\/developer\.okta\.com\/standards\/SCIM\/SCIMFiles\/Okta-SCIM-20-\w+-Test\.json$/);
  });

  it.each(["aiw", "oin-guide", "oin-catalog"] as const)("with no fault on, every assertion passes (%s)", async (integration) => {
    for (const suite of OKTA_TEST_SUITES) {
      const result = await runSuite(createLab(undefined, { integration }), suite);
      expect(failing(result)).toEqual([]);
      expect(result.steps).toHaveLength(suite.steps.length);
    }
  });

  it("with the case-sensitive lookup on, the SPEC case check still passes while the rehire gets 409", async () => {
    const lab = createLab(undefined, { integration: "aiw" });
    lab.faults.caseSensitiveLookup = true;
    const result = await runSuite(lab, SPEC_TEST);
    const caseCheck = result.steps.find((s) => /Case Sensitivity/.test(s.name));
    expect(caseCheck?.pass).toBe(true);
    expect(caseCheck?.exchanges[0]?.response.body).toMatchObject({ totalResults: 0 });
    const rehire = await runAction(lab, "assign", "sam");
    expect(rehire.exchanges.at(-1)?.response.status).toBe(409);
  });

  it("an expired token fails the suites' assertions and says which", async () => {
    const lab = createLab(undefined, { integration: "aiw" });
    lab.faults.expiredToken = true;
    const spec = await runSuite(lab, SPEC_TEST);
    expect(spec.pass).toBe(false);
    expect(spec.steps.find((s) => /Check status 401/.test(s.name))?.pass).toBe(true);
    expect(failing(spec)[0]).toMatch(/status equal number 200 \(got 401\)/);
    expect((await runSuite(lab, CRUD_TEST)).pass).toBe(false);
  });

  it("the CRUD suite leaves the learner's Okta side untouched", async () => {
    const lab = createLab(undefined, { integration: "oin-guide" });
    await runSuite(lab, CRUD_TEST);
    expect(lab.okta.linked).toEqual({});
    expect(Object.values(lab.okta.assigned).every((a) => !a)).toBe(true);
  });
});

describe("Runscope's comparisons", () => {
  it("reads JSON paths with indexes", () => {
    expect(readPath({ Resources: [{ name: { givenName: "A" } }] }, "Resources[0].name.givenName")).toBe("A");
    expect(readPath({}, "Resources[0].id")).toBeUndefined();
  });

  it("compare text for equal, numbers for equal_number", () => {
    expect(compare("401", "equal", "401")).toBe(true);
    expect(compare(true, "equal", "true")).toBe(true);
    expect(compare(0, "equal_number", "0")).toBe(true);
    expect(compare(undefined, "not_empty")).toBe(false);
    expect(compare([], "not_empty")).toBe(false);
    expect(compare(false, "not_empty")).toBe(true);
    expect(compare(["a", "b"], "has_value", "b")).toBe(true);
    expect(compare("x", "is_a_number")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { createLmsAdapter, type LmsFailure } from "./adapter";
import type { Scorm12Api } from "./api-discovery";
import { runtime } from "./scorm-again.test-helper";

describe("createLmsAdapter", () => {
  it("calls SCORM 1.2 and SCORM 2004 by their own names", () => {
    for (const version of ["1.2", "2004"] as const) {
      const failures: LmsFailure[] = [];
      const lms = createLmsAdapter(runtime(version).found, (f) => failures.push(f));
      expect(lms.initialize()).toBe(true);
      const status = version === "1.2" ? "cmi.core.lesson_status" : "cmi.completion_status";
      expect(lms.set(status, "incomplete")).toBe(true);
      expect(lms.get(status)).toBe("incomplete");
      expect(lms.commit()).toBe(true);
      expect(lms.terminate()).toBe(true);
      expect(failures).toEqual([]);
    }
  });

  it("reports a call the runtime refuses (GetLastError not 0) and goes on", () => {
    const failures: LmsFailure[] = [];
    const lms = createLmsAdapter(runtime("1.2").found, (f) => failures.push(f));
    lms.initialize();
    expect(lms.set("cmi.core.lesson_status", "super")).toBe(false);
    expect(failures).toEqual([{ call: "LMSSetValue", element: "cmi.core.lesson_status", code: "405", message: expect.stringMatching(/.+/) }]);
    expect(lms.set("cmi.core.lesson_status", "failed")).toBe(true);
  });

  it("reports a call made before Initialize", () => {
    const failures: LmsFailure[] = [];
    const lms = createLmsAdapter(runtime("2004").found, (f) => failures.push(f));
    expect(lms.get("cmi.completion_status")).toBe("");
    expect(failures[0]).toMatchObject({ call: "GetValue", code: "122" });
  });

  it("does not count an element without a value yet as a failure (2004's error 403)", () => {
    const failures: LmsFailure[] = [];
    const lms = createLmsAdapter(runtime("2004").found, (f) => failures.push(f));
    lms.initialize();
    expect(lms.get("cmi.suspend_data")).toBe("");
    expect(failures).toEqual([]);
  });

  it("survives an API that throws", () => {
    const failures: LmsFailure[] = [];
    const broken = { LMSInitialize: () => { throw new Error("socket closed"); }, LMSGetLastError: () => "0", LMSGetErrorString: () => "" } as unknown as Scorm12Api;
    const lms = createLmsAdapter({ version: "1.2", api: broken }, (f) => failures.push(f));
    expect(lms.initialize()).toBe(false);
    expect(failures).toEqual([{ call: "LMSInitialize", element: undefined, code: "exception", message: "socket closed" }]);
  });
});

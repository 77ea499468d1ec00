import { describe, expect, it } from "vitest";
import { findLmsApi, MAX_PARENTS } from "./api-discovery";

const api12 = () => Object.fromEntries(["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString"].map((m) => [m, () => ""]));
const api2004 = () => Object.fromEntries(["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString"].map((m) => [m, () => ""]));

interface FakeWindow {
  parent?: FakeWindow;
  opener?: FakeWindow | null;
  [key: string]: unknown;
}

/** A window nested `depth` frames below `top` (top is its own parent, as in browsers). */
function nested(top: FakeWindow, depth: number): FakeWindow {
  top.parent = top;
  let current = top;
  for (let i = 0; i < depth; i++) current = { parent: current };
  return current;
}
const asWindow = (w: FakeWindow) => w as unknown as Window;

describe("findLmsApi", () => {
  it("finds SCORM 1.2's API three frames up", () => {
    const found = findLmsApi(asWindow(nested({ API: api12() }, 3)));
    expect(found?.version).toBe("1.2");
  });

  it("prefers SCORM 2004's API_1484_11 when a frame offers both", () => {
    const found = findLmsApi(asWindow(nested({ API: api12(), API_1484_11: api2004() }, 1)));
    expect(found?.version).toBe("2004");
  });

  it("searches the opener's frames when the lesson runs in a window of its own", () => {
    const lms = nested({ API_1484_11: api2004() }, 2);
    const popup: FakeWindow = { opener: lms };
    popup.parent = popup;
    expect(findLmsApi(asWindow(popup))?.version).toBe("2004");
  });

  it("skips frames of another origin, which throw on access", () => {
    const top: FakeWindow = { API: api12() };
    const foreign = { parent: top };
    Object.defineProperty(foreign, "API", {
      get() {
        throw new DOMException("Blocked a frame", "SecurityError");
      },
    });
    top.parent = top;
    expect(findLmsApi(asWindow({ parent: foreign as FakeWindow }))?.version).toBe("1.2");
  });

  it("ignores an API object that lacks the SCORM methods", () => {
    expect(findLmsApi(asWindow(nested({ API: { LMSInitialize: () => "true" } }, 1)))).toBeNull();
  });

  it(`stops after ${MAX_PARENTS} parent frames`, () => {
    expect(findLmsApi(asWindow(nested({ API: api12() }, MAX_PARENTS)))?.version).toBe("1.2");
    expect(findLmsApi(asWindow(nested({ API: api12() }, MAX_PARENTS + 1)))).toBeNull();
  });

  it("returns null outside an LMS", () => {
    expect(findLmsApi(asWindow(nested({}, 0)))).toBeNull();
  });
});

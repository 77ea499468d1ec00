/**
 * One interface over both SCORM APIs. Every call is checked with GetLastError; a failure (or an
 * API that throws) goes to `onFailure` and the call returns a neutral value, so the lesson never
 * stops because the LMS did.
 */
import type { FoundApi } from "./api-discovery";
import type { ScormVersion } from "./manifest";

export interface LmsFailure {
  call: string;
  element?: string;
  code: string;
  message: string;
}

export interface LmsAdapter {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The element's value; "" when it has none or the call failed. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

/** "Not initialized" on a GetValue of an element the LMS holds no value for yet: not a failure. */
const BENIGN_GET_CODES: Record<ScormVersion, string[]> = { "1.2": [], "2004": ["403"] };

export function createLmsAdapter(found: FoundApi, onFailure: (failure: LmsFailure) => void): LmsAdapter {
  const calls =
    found.version === "2004"
      ? {
          initialize: () => found.api.Initialize(""),
          terminate: () => found.api.Terminate(""),
          get: (e: string) => found.api.GetValue(e),
          set: (e: string, v: string) => found.api.SetValue(e, v),
          commit: () => found.api.Commit(""),
          lastError: () => found.api.GetLastError(),
          errorString: (c: string) => found.api.GetErrorString(c),
          names: { initialize: "Initialize", terminate: "Terminate", get: "GetValue", set: "SetValue", commit: "Commit" },
        }
      : {
          initialize: () => found.api.LMSInitialize(""),
          terminate: () => found.api.LMSFinish(""),
          get: (e: string) => found.api.LMSGetValue(e),
          set: (e: string, v: string) => found.api.LMSSetValue(e, v),
          commit: () => found.api.LMSCommit(""),
          lastError: () => found.api.LMSGetLastError(),
          errorString: (c: string) => found.api.LMSGetErrorString(c),
          names: { initialize: "LMSInitialize", terminate: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit" },
        };

  const lastError = (): string => {
    try {
      return String(calls.lastError() ?? "0").trim() || "0";
    } catch {
      return "0";
    }
  };
  const describe = (code: string): string => {
    try {
      return String(calls.errorString(code) ?? "");
    } catch {
      return "";
    }
  };

  /** Runs one call; returns its result, or `fallback` after reporting the failure. */
  function run<T>(name: keyof typeof calls.names, invoke: () => T, fallback: T, element?: string, benign: string[] = []): T {
    let result: T;
    try {
      result = invoke();
    } catch (error) {
      onFailure({ call: calls.names[name], element, code: "exception", message: error instanceof Error ? error.message : String(error) });
      return fallback;
    }
    const code = lastError();
    if (code !== "0" && !benign.includes(code)) {
      onFailure({ call: calls.names[name], element, code, message: describe(code) });
      return fallback;
    }
    return result;
  }
  const ok = (value: unknown) => value === true || String(value) === "true";

  return {
    version: found.version,
    initialize: () => ok(run("initialize", calls.initialize, false)),
    get: (element) => String(run("get", () => calls.get(element), "", element, BENIGN_GET_CODES[found.version]) ?? ""),
    set: (element, value) => ok(run("set", () => calls.set(element, value), false, element)),
    commit: () => ok(run("commit", calls.commit, false)),
    terminate: () => ok(run("terminate", calls.terminate, false)),
  };
}

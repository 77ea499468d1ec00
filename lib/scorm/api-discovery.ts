/**
 * Finds the LMS's SCORM API the standard way: the window's own frame chain, then the opener's,
 * looking for `API_1484_11` (SCORM 2004) first and `API` (SCORM 1.2) second. A frame from another
 * origin throws on access; it simply has no API for us.
 */

export interface Scorm12Api {
  LMSInitialize(arg: ""): string | boolean;
  LMSFinish(arg: ""): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ""): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

export interface Scorm2004Api {
  Initialize(arg: ""): string | boolean;
  Terminate(arg: ""): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ""): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

export type FoundApi = { version: "1.2"; api: Scorm12Api } | { version: "2004"; api: Scorm2004Api };

/** How many parent frames to climb: LMS players nest the SCO a few frames deep at most. */
export const MAX_PARENTS = 10;

const REQUIRED = {
  "2004": ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString"],
  "1.2": ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString"],
} as const;
const NAMES = { "2004": "API_1484_11", "1.2": "API" } as const;

/** Reads a property of a window that may belong to another origin; null when it is not readable. */
function read<T>(get: () => T): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

function apiOn(win: Window, version: "1.2" | "2004"): unknown {
  const candidate = read(() => (win as unknown as Record<string, unknown>)[NAMES[version]]);
  if (candidate === null || typeof candidate !== "object") return null;
  const api = candidate as Record<string, unknown>;
  return REQUIRED[version].every((method) => typeof api[method] === "function") ? api : null;
}

/** The window itself and up to MAX_PARENTS ancestors, nearest first. */
function chain(win: Window | null): Window[] {
  const windows: Window[] = [];
  let current = win;
  while (current && windows.length <= MAX_PARENTS) {
    windows.push(current);
    const parent: Window | null = read(() => current!.parent);
    if (!parent || parent === current) break;
    current = parent;
  }
  return windows;
}

export function findLmsApi(win: Window): FoundApi | null {
  const opener = read(() => win.opener as Window | null);
  // The opener's own chain too: an LMS that opens the SCO in a new window keeps the API in a frame.
  const windows = [...chain(win), ...chain(opener)];
  for (const version of ["2004", "1.2"] as const) {
    for (const candidate of windows) {
      const api = apiOn(candidate, version);
      if (api) return version === "2004" ? { version, api: api as Scorm2004Api } : { version, api: api as Scorm12Api };
    }
  }
  return null;
}

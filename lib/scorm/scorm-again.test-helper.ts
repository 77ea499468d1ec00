/** scorm-again's runtimes, as an LMS page offers them, for unit tests against a real SCORM API. */
import { Scorm12API, Scorm2004API } from "scorm-again";
import type { FoundApi, Scorm12Api, Scorm2004Api } from "./api-discovery";
import type { ScormVersion } from "./manifest";

export type RuntimeApi = Scorm12API | Scorm2004API;

/** A fresh runtime, optionally loaded with what the LMS stored from an earlier launch. */
export function runtime(version: "1.2", stored?: Record<string, unknown>): { api: Scorm12API; found: FoundApi };
export function runtime(version: "2004", stored?: Record<string, unknown>): { api: Scorm2004API; found: FoundApi };
export function runtime(version: ScormVersion, stored?: Record<string, unknown>): { api: RuntimeApi; found: FoundApi };
export function runtime(version: ScormVersion, stored?: Record<string, unknown>): { api: RuntimeApi; found: FoundApi } {
  const settings = { logLevel: 5 as const, autocommit: false };
  if (version === "1.2") {
    const api = new Scorm12API(settings);
    if (stored) api.loadFromJSON(stored);
    return { api, found: { version, api: api as unknown as Scorm12Api } };
  }
  const api = new Scorm2004API(settings);
  if (stored) api.loadFromJSON(stored);
  return { api, found: { version, api: api as unknown as Scorm2004Api } };
}

/** The data model as the runtime would send it to the LMS's server. */
export function cmiOf(api: RuntimeApi): Record<string, unknown> {
  return (api.renderCommitCMI(true) as { cmi: Record<string, unknown> }).cmi;
}

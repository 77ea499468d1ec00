import { describe, expect, it } from "vitest";
import { createLab, type LogEntry } from "./lab";
import { MAX_SAVED_CHARS, restoreLab, saveLab, SAVED_LOG_ENTRIES } from "./persist";
import { SEED_ACCOUNT_KEYS } from "./seed";
import { runAction } from "./tasks";

describe("the saved lab", () => {
  it("comes back with the app's accounts, Okta's side, faults, tasks and log", async () => {
    const lab = createLab(undefined, { integration: "oin-guide" });
    await runAction(lab, "assign", "jane");
    lab.faults.rateLimit = true;
    const paused = await runAction(lab, "update", "jane");
    const log: LogEntry[] = [{ key: 1, source: "Okta: Update profile", ...paused }];
    const back = restoreLab(saveLab(lab, log), SEED_ACCOUNT_KEYS);
    expect(back).not.toBeNull();
    expect([...(back?.lab.store.users.values() ?? [])]).toEqual([...lab.store.users.values()]);
    expect(back?.lab.okta).toEqual(lab.okta);
    expect(back?.lab.faults).toEqual(lab.faults);
    expect(back?.log).toEqual(log);
    // The restored lab keeps working.
    back!.lab.faults.rateLimit = false;
    await runAction(back!.lab, "unassign", "jane");
    expect(back?.lab.store.users.get(lab.okta.linked.jane as string)?.active).toBe(false);
  });

  it("keeps only the newest log entries", () => {
    const log = Array.from({ length: SAVED_LOG_ENTRIES + 5 }, (_, i): LogEntry => ({ key: i, source: "You", exchanges: [], events: [] }));
    expect(restoreLab(saveLab(createLab(), log), SEED_ACCOUNT_KEYS)?.log).toHaveLength(SAVED_LOG_ENTRIES);
  });

  it("saves nothing rather than text too long to keep", () => {
    const huge: LogEntry = { key: 1, source: "You", events: [], exchanges: [{ request: { method: "POST", path: "/scim/v2/Users", headers: {}, body: "x".repeat(MAX_SAVED_CHARS) }, response: { status: 413, statusText: "Payload Too Large", headers: {} } }] };
    expect(saveLab(createLab(), [huge])).toBe("");
  });

  it("reads nothing from empty, broken, foreign or other-seed text", () => {
    const good = saveLab(createLab(), []);
    for (const bad of ["", "{", "null", '{"format":99}', good.replace('"integration":null', '"integration":"scim-1.1"')]) {
      expect(restoreLab(bad, SEED_ACCOUNT_KEYS)).toBeNull();
    }
    expect(restoreLab(good, ["priya"])).toBeNull();
  });
});

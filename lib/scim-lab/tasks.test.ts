import { describe, expect, it } from "vitest";
import { createLab } from "./lab";
import { DEFAULT_WAIT_SECONDS, fastForward, firstWait, MAX_RETRIES, nextRetryAt, retrySchedule, retryTask, runAction } from "./tasks";
import { RETRY_AFTER_SECONDS } from "./service-provider";

describe("the 429 retry schedule", () => {
  it("waits Retry-After seconds first, then doubles each wait, for at most 10 retries", () => {
    expect(retrySchedule("60")).toEqual([60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 30720]);
    expect(retrySchedule("60")).toHaveLength(MAX_RETRIES);
  });

  it("waits five minutes when Retry-After is missing or not whole seconds", () => {
    expect(firstWait(undefined)).toBe(DEFAULT_WAIT_SECONDS);
    expect(firstWait("Wed, 11 Mar 2026 23:29:00 GMT")).toBe(300);
    expect(firstWait("1.5")).toBe(300);
    expect(firstWait("120")).toBe(120);
  });
});

describe("tasks", () => {
  it("a 429 pauses the task, which Okta retries by itself on the lab clock until it succeeds", async () => {
    const lab = createLab(undefined, { integration: "aiw" });
    lab.faults.rateLimit = true;
    const first = await runAction(lab, "assign", "jane");
    expect(first.exchanges.map((e) => e.response.status)).toEqual([429]);
    expect(first.events).toEqual([]);
    expect(lab.okta.tasks).toEqual([expect.objectContaining({ status: "retrying", retries: 0, wait: RETRY_AFTER_SECONDS, nextAt: RETRY_AFTER_SECONDS })]);
    expect(nextRetryAt(lab)).toBe(RETRY_AFTER_SECONDS);

    const again = await fastForward(lab);
    expect(lab.okta.clock).toBe(RETRY_AFTER_SECONDS);
    expect(again).toHaveLength(1);
    expect(lab.okta.tasks[0]).toMatchObject({ status: "retrying", retries: 1, wait: 2 * RETRY_AFTER_SECONDS, nextAt: 3 * RETRY_AFTER_SECONDS });

    lab.faults.rateLimit = false;
    const done = await fastForward(lab);
    expect(done[0]?.result.exchanges.map((e) => e.request.method)).toEqual(["GET", "POST"]);
    expect(lab.okta.tasks).toEqual([]);
    expect(lab.okta.linked.jane).toBeDefined();
  });

  it("after the 10th retry fails, the task fails and only the admin's Retry runs it again", async () => {
    const lab = createLab(undefined, { integration: "aiw" });
    lab.faults.rateLimit = true;
    await runAction(lab, "import", "jane");
    const waits: number[] = [];
    for (let i = 0; i < MAX_RETRIES; i++) {
      waits.push(lab.okta.tasks[0]?.wait ?? -1);
      await fastForward(lab);
    }
    expect(waits).toEqual(retrySchedule(String(RETRY_AFTER_SECONDS)));
    expect(lab.okta.tasks[0]).toMatchObject({ status: "failed", retries: MAX_RETRIES });
    expect(nextRetryAt(lab)).toBeUndefined();
    lab.faults.rateLimit = false;
    await retryTask(lab, lab.okta.tasks[0]?.id ?? -1);
    expect(lab.okta.tasks).toEqual([]);
  });

  it("a failed task (409) is retried by the admin once the cause is fixed", async () => {
    const lab = createLab(undefined, { integration: "oin-guide" });
    lab.faults.caseSensitiveLookup = true;
    await runAction(lab, "assign", "sam");
    const task = lab.okta.tasks[0];
    expect(task).toMatchObject({ status: "failed", reason: expect.stringContaining("409") });
    lab.faults.caseSensitiveLookup = false;
    const retried = await retryTask(lab, task?.id ?? -1);
    expect(retried?.exchanges.map((e) => e.request.method)).toEqual(["GET", "PATCH", "GET", "PUT"]);
    expect(lab.okta.tasks).toEqual([]);
  });
});

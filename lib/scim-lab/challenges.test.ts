import { describe, expect, it } from "vitest";
import { CHALLENGE_IDS, completedNow, isDone } from "./challenges";
import { createLab } from "./lab";
import { retryTask, runAction } from "./tasks";
import { handle } from "./service-provider";
import { LAB_TOKEN } from "./seed";

describe("challenges, checked from the lab's state", () => {
  it("none is met at the start", () => {
    expect(completedNow(createLab(), CHALLENGE_IDS)).toEqual([]);
  });

  it("provision: Jane has one account, linked, carrying her Okta id", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    expect(isDone(lab, "provision")).toBe(true);
  });

  it("surname: met once Okta's new surname has arrived in the app", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    expect(isDone(lab, "surname")).toBe(false);
    await runAction(lab, "update", "jane");
    expect(isDone(lab, "surname")).toBe(true);
  });

  it("offboard: deactivated and still present; a deleted account does not count", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    await runAction(lab, "unassign", "jane");
    expect(isDone(lab, "offboard")).toBe(true);
    const id = lab.okta.linked.jane as string;
    await handle(lab.store, { method: "DELETE", path: `/scim/v2/Users/${id}`, headers: { Authorization: `Bearer ${LAB_TOKEN}` } }, lab.faults);
    expect(isDone(lab, "offboard")).toBe(false);
  });

  it("rehire: met by seeing the 409 of a case-sensitive lookup, fixing it and retrying the assignment", async () => {
    const plain = createLab();
    await runAction(plain, "assign", "sam");
    expect(isDone(plain, "rehire")).toBe(false);
    const lab = createLab();
    lab.faults.caseSensitiveLookup = true;
    await runAction(lab, "assign", "sam");
    expect(isDone(lab, "rehire")).toBe(false);
    lab.faults.caseSensitiveLookup = false;
    await retryTask(lab, lab.okta.tasks[0]?.id ?? -1);
    expect(isDone(lab, "rehire")).toBe(true);
    expect([...lab.store.users.values()].filter((u) => u.userName.toLowerCase() === "sam.rivera@example.com")).toHaveLength(1);
  });

  it("group-push: exactly the assigned members; an extra member added by hand breaks it", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    await runAction(lab, "pushGroup", "jane");
    expect(isDone(lab, "group-push")).toBe(true);
    const group = lab.store.groups.get(lab.okta.pushedGroupId as string);
    group?.members.push({ value: "89bb1940-b905-4575-9e7f-6f887cfb368e" });
    expect(isDone(lab, "group-push")).toBe(false);
  });

  it("completedNow reports only the challenges the lesson offers", async () => {
    const lab = createLab();
    await runAction(lab, "assign", "jane");
    expect(completedNow(lab, ["surname", "provision"])).toEqual(["provision"]);
  });
});

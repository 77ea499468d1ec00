import { describe, expect, it } from "vitest";
import { requestExamples } from "./examples";
import { createLab } from "./lab";
import { handle } from "./service-provider";
import { LAB_TOKEN } from "./seed";

const headers = { Authorization: `Bearer ${LAB_TOKEN}`, "Content-Type": "application/scim+json" };

describe("request examples", () => {
  it("work in sequence: create, then replace, patch and deactivate the user just created", async () => {
    const lab = createLab();
    const create = requestExamples(lab).find((e) => e.method === "POST" && e.path.endsWith("/Users"));
    const created = await handle(lab.store, { method: "POST", path: create!.path, headers, body: create!.body }, lab.faults);
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    for (const example of requestExamples(lab, id).filter((e) => e.path.startsWith(`/scim/v2/Users/${id}`))) {
      const answer = await handle(lab.store, { method: example.method, path: example.path, headers, ...(example.body ? { body: example.body } : {}) }, lab.faults);
      expect(answer.status, example.label).toBeLessThan(300);
    }
    expect(lab.store.users.get(id)?.active).toBe(false);
  });

  it("act on an account that exists before anyone is created", async () => {
    const lab = createLab();
    const put = requestExamples(lab).find((e) => e.method === "PUT");
    const answer = await handle(lab.store, { method: "PUT", path: put!.path, headers, body: put!.body }, lab.faults);
    expect(answer.status).toBe(200);
  });
});

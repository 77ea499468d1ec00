/**
 * The lab ships minified, and a minifier renames classes. scimmy keys a resource type by its class
 * name unless told the name, so this bundles the service provider the way a production build does
 * (minified, scimmy inlined) and asks the bundle for each resource type by name (RFC 7644 §4:
 * "/ResourceTypes … An HTTP GET to this endpoint is used to discover the types of resources available").
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "vite";
import { LAB_TOKEN } from "./seed";
import type { handle as Handle } from "./service-provider";
import { createStore } from "./store";
import { HEALTHY } from "./types";

const outDir = mkdtempSync(path.join(tmpdir(), "scim-lab-bundle-"));
let handle: typeof Handle;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: "silent",
    build: { outDir, minify: true, emptyOutDir: true, lib: { entry: path.join(import.meta.dirname, "service-provider.ts"), formats: ["es"], fileName: "service-provider" } },
  });
  ({ handle } = (await import(/* @vite-ignore */ pathToFileURL(path.join(outDir, "service-provider.js")).href)) as { handle: typeof Handle });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the minified service provider", () => {
  it("answers GET /ResourceTypes/{name} for every resource type GET /ResourceTypes lists", async () => {
    const store = createStore();
    const get = (p: string) => handle(store, { method: "GET", path: p, headers: { Authorization: `Bearer ${LAB_TOKEN}` } }, HEALTHY);
    const list = await get("/scim/v2/ResourceTypes");
    const types = (list.body as { Resources: { name: string; endpoint: string }[] }).Resources;
    expect(types.map((t) => t.name).sort()).toEqual(["Group", "User"]);
    for (const type of types) {
      const one = await get(`/scim/v2/ResourceTypes/${type.name}`);
      expect(one.status, type.name).toBe(200);
      expect(one.body).toMatchObject({ name: type.name, endpoint: type.endpoint });
      expect((await get(`/scim/v2${type.endpoint}`)).status, type.endpoint).toBe(200);
    }
  });
});

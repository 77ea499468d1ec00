import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { NextAdapter } from "next";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as adapter from "./next-adapter.mjs";
import { afterPaintLoader } from "./lib/scripts-after-paint";

// Compile-time: the module is an adapter Next accepts (adapterPath in next.config.ts).
const asNextAdapter: NextAdapter = adapter;

let project: string;
beforeEach(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), "next-adapter-"));
});
afterEach(async () => {
  delete process.env.NEXT_ADAPTER_PATH;
  await rm(project, { recursive: true, force: true });
});

const PAGE = [
  '<!DOCTYPE html><html><head><script src="/learn/_next/static/chunks/a.js" async=""></script><script>self.x=1</script></head><body>',
  '<main><h1>Title</h1><!--$?--><template id="B:0"></template><!--/$--></main>',
  '<script>requestAnimationFrame(function(){$RT=performance.now()});</script>',
  '<div hidden id="S:0"><section><p>Streamed</p></section></div><script>$RC("B:0","S:0")</script>',
  '<script>self.__next_f.push([1,"0:\\"page\\"\\n"])</script>',
  "</body></html>",
].join("");

async function exportPage(dir: string) {
  await mkdir(path.join(project, dir, "lessons", "a"), { recursive: true });
  await writeFile(path.join(project, dir, "lessons", "a", "index.html"), PAGE);
}

describe("the build adapter", () => {
  it("finds the export where Next writes it: out/, or a custom distDir", () => {
    expect(asNextAdapter.name).toBe("techclick-static-export");
    expect(adapter.exportDirOf({ distDir: ".next" }, "/p")).toBe(path.resolve("/p/out"));
    expect(adapter.exportDirOf({}, "/p")).toBe(path.resolve("/p/out"));
    expect(adapter.exportDirOf({ distDir: "out-fixtures" }, "/p")).toBe(path.resolve("/p/out-fixtures"));
  });

  it("writes _headers and the nginx include into the export when the build completes, under the build's base path", async () => {
    await exportPage("out-learn");
    await adapter.onBuildComplete({ config: { distDir: "out-learn", basePath: "/learn" }, projectDir: project });
    const headers = await readFile(path.join(project, "out-learn", "_headers"), "utf8");
    expect(headers).toContain("\n/learn/*\n");
    expect(headers).toMatch(/\n\/learn\/lessons\/a\/\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-/);
    const nginx = await readFile(path.join(project, "out-learn", "nginx-security-headers.conf"), "utf8");
    expect(nginx).toContain("location = /learn/lessons/a/ {\n    try_files /learn/lessons/a/index.html =404;");
  }, 30_000);

  it("makes the export's pages load Next's chunks and their payload after their first frame, before the headers hash their inline scripts", async () => {
    await exportPage("out");
    await adapter.onBuildComplete({ config: { distDir: ".next", basePath: "" }, projectDir: project });
    const page = await readFile(path.join(project, "out", "lessons", "a", "index.html"), "utf8");
    expect(page).not.toContain('<script src="/learn/_next/static/chunks/a.js"');
    const [payload] = (await readdir(path.join(project, "out", "_next", "static", "chunks"))).filter((f) => f.startsWith("payload-"));
    expect(JSON.parse(await readFile(path.join(project, "out", "_next", "static", "chunks", payload!), "utf8"))).toEqual(['0:"page"\n']);
    const loader = afterPaintLoader(["/learn/_next/static/chunks/a.js"], `/learn/_next/static/chunks/${payload}`);
    expect(page).toContain(`<script>${loader}</script>`);
    expect(page).not.toContain("self.__next_f.push(");
    const headers = await readFile(path.join(project, "out", "_headers"), "utf8");
    for (const inline of [loader, "self.x=1"]) expect(headers).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);
  }, 30_000);

  it("puts content React streamed out of order in its place, for readers without JavaScript", async () => {
    await exportPage("out");
    await adapter.onBuildComplete({ config: { distDir: ".next", basePath: "" }, projectDir: project });
    const page = await readFile(path.join(project, "out", "lessons", "a", "index.html"), "utf8");
    expect(page).toContain("<main><h1>Title</h1><!--$--><section><p>Streamed</p></section><!--/$--></main>");
    expect(page).not.toMatch(/\$RC|\$RT|id="S:0"|<template/);
  }, 30_000);

  it("fails the build when the export cannot be read", async () => {
    await expect(adapter.onBuildComplete({ config: { distDir: ".next", basePath: "" }, projectDir: project })).rejects.toThrow(/finish-pages\.ts/);
  }, 30_000);

  it("runs a host's own adapter from NEXT_ADAPTER_PATH too, after writing the headers", async () => {
    await exportPage("out");
    const host = path.join(project, "host-adapter.mjs");
    await writeFile(
      host,
      `import { existsSync } from "node:fs";
export const name = "host";
export function modifyConfig(config) { return { ...config, host: true }; }
export function onBuildComplete(ctx) { globalThis.hostSawHeaders = existsSync(ctx.projectDir + "/out/_headers"); }`,
    );
    process.env.NEXT_ADAPTER_PATH = host;
    expect(await adapter.modifyConfig({ output: "export" }, {})).toEqual({ output: "export", host: true });
    await adapter.onBuildComplete({ config: { distDir: ".next", basePath: "" }, projectDir: project });
    expect((globalThis as { hostSawHeaders?: boolean }).hostSawHeaders).toBe(true);
  }, 30_000);

  it("leaves the config alone without a host adapter", async () => {
    expect(await adapter.modifyConfig({ output: "export" }, {})).toEqual({ output: "export" });
  });
});

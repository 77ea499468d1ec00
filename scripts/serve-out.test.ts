/** `npm run serve` (scripts/serve-out.mjs) serves the headers of the build on disk, also after a rebuild while it runs. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir: string;
let server: ChildProcess;
let base: string;

const headers = (csp: string) => `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n`;

/** A port nothing listens on: the system picks it, then it is handed to the server. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "serve-out-"));
  await writeFile(path.join(dir, "index.html"), "<!DOCTYPE html><title>First build</title>");
  await writeFile(path.join(dir, "_headers"), headers("script-src 'self' 'sha256-first'"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, ["scripts/serve-out.mjs", String(port), dir], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => (String(chunk).includes("Serving") ? resolve() : undefined));
    server.on("exit", (code) => reject(new Error(`serve-out exited (${code})`)));
  });
});

afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe("serve-out", () => {
  it("serves the build's headers, and the new build's after a rebuild, without a restart", async () => {
    const first = await fetch(base);
    expect(first.headers.get("content-security-policy")).toBe("script-src 'self' 'sha256-first'");
    expect(await first.text()).toContain("First build");

    // A rebuild writes a new page and a new _headers beside it.
    await writeFile(path.join(dir, "index.html"), "<!DOCTYPE html><title>Second build</title>");
    await writeFile(path.join(dir, "_headers"), headers("script-src 'self' 'sha256-second-build'"));
    const second = await fetch(base);
    expect(await second.text()).toContain("Second build");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'self' 'sha256-second-build'");
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

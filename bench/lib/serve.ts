/** Starts scripts/serve-out.mjs (compressed like a CDN: Brotli, or gzip) on a port for an export folder and waits until it answers. */
import { spawn, type ChildProcess } from "node:child_process";

export async function serve(port: number, dir: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve-out.mjs", String(port), dir, "--compress"], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/`).then((r) => r.ok, () => false);
    if (up) return { url, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`serve-out on port ${port} for ${dir} did not answer within 10 s (is the port taken?)`);
}

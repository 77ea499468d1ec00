import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Serves static exports with Debian's nginx, configured as the README's "Deploying" section says:
 * `root` is the export (or, for a sub-path build, a folder that holds it under the sub-path),
 * `error_page 404` names the export's 404.html, and the export's generated
 * nginx-security-headers.conf is included in the server block. nginx runs in the foreground as a
 * child of the test, with its pid, logs and temp files in a temp folder.
 */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface Site {
  /** The export folder, e.g. out/ or out-learn/. */
  exportDir: string;
  /** The sub-path it was built for (BASE_PATH), "" at the root. */
  basePath: string;
}

export interface RunningNginx {
  /** One origin per site, in the order given. */
  origins: string[];
  stop(): Promise<void>;
}

/** The first port from `from` on that nothing listens on. */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`found no free port from ${from} to ${from + 49}, expected one for nginx`);
}

/** The server {} block for one site, as a host would write it. */
function serverBlock(site: Site, port: number, root: string): string {
  const conf = path.join(site.exportDir, "nginx-security-headers.conf");
  return [
    "server {",
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    error_page 404 ${site.basePath}/404.html;`,
    `    include ${conf};`,
    "}",
  ].join("\n");
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = await readFile(errorLog, "utf8").catch(() => "");
  throw new Error(`nginx did not serve ${origin} (exit code ${child.exitCode}); its error log:\n${log}`);
}

export async function startNginx(sites: Site[], firstPort: number): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`found no nginx at ${NGINX}, expected Debian's nginx: apt-get install -y nginx (.ci/run does)`);
  for (const site of sites) {
    for (const file of ["index.html", "nginx-security-headers.conf"]) {
      if (!existsSync(path.join(site.exportDir, file))) throw new Error(`found no ${file} in ${site.exportDir}, expected a build there first (npm run build, npm run build:base-path)`);
    }
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "techclick-nginx-"));
  // nginx's workers drop root to an unprivileged user, who must reach the sub-path links in here.
  await chmod(dir, 0o755);
  const servers: string[] = [];
  const origins: string[] = [];
  let port = firstPort;
  for (const [i, site] of sites.entries()) {
    port = await freePort(port);
    let root = path.resolve(site.exportDir);
    if (site.basePath) {
      // A sub-path build is uploaded to that sub-path: the server's root holds it as <root>/learn/.
      root = path.join(dir, `www-${i}`);
      await mkdir(path.dirname(path.join(root, site.basePath)), { recursive: true });
      await symlink(path.resolve(site.exportDir), path.join(root, site.basePath));
    }
    servers.push(serverBlock({ ...site, exportDir: path.resolve(site.exportDir) }, port, root));
    origins.push(`http://127.0.0.1:${port}`);
    port++;
  }
  const errorLog = path.join(dir, "error.log");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `    ${name}_temp_path ${path.join(dir, name)};`);
  const config = [
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${errorLog} warn;`,
    "events { worker_connections 64; }",
    "http {",
    "    include /etc/nginx/mime.types;",
    "    default_type application/octet-stream;",
    "    access_log off;",
    ...temp,
    ...servers.map((block) => block.replace(/^/gm, "    ")),
    "}",
    "",
  ].join("\n");
  await writeFile(path.join(dir, "nginx.conf"), config);
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", errorLog], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (const origin of origins) await waitUntilServing(origin, child, errorLog);
  } catch (error) {
    child.kill("SIGTERM");
    await exited;
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    origins,
    async stop() {
      // SIGQUIT is nginx's graceful shutdown: the master waits for its worker to finish.
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

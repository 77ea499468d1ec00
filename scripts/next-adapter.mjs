/**
 * The build adapter next.config.ts names. Next calls `onBuildComplete` after the static export is
 * written, so whatever runs `next build` (`npm run build`, or a host's default build command) also
 * finishes the export: its pages get their streamed content in place and load Next's chunks after
 * their first frame (scripts/finish-pages.ts), and it gets its `_headers` and `nginx-security-headers.conf`
 * (scripts/security-headers.ts): a deploy cannot go live without its CSP. Plain JavaScript,
 * because Next imports this module with Node itself; the steps are TypeScript, run through tsx.
 *
 * A host that sets NEXT_ADAPTER_PATH for its own adapter still gets it: config's adapterPath wins
 * over that variable, so this module runs the host's hooks too.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const name = "techclick-static-export";

const require = createRequire(import.meta.url);
/** The steps that finish an export, in order: scripts first, so the headers see the final pages. */
const steps = ["./finish-pages.ts", "./security-headers.ts"].map((step) => fileURLToPath(new URL(step, import.meta.url)));

/** Where `output: "export"` wrote the site: a custom distDir names the export folder, else out/. */
export function exportDirOf(config, projectDir) {
  return path.resolve(projectDir, config.distDir && config.distDir !== ".next" ? config.distDir : "out");
}

/** The adapter a host named in NEXT_ADAPTER_PATH, unless that is this module. */
export async function hostAdapter(adapterPath = process.env.NEXT_ADAPTER_PATH) {
  if (!adapterPath) return undefined;
  const resolved = require.resolve(adapterPath, { paths: [process.cwd()] });
  if (resolved === fileURLToPath(import.meta.url)) return undefined;
  const mod = await import(pathToFileURL(resolved).href);
  return mod.default ?? mod;
}

export async function modifyConfig(config, ctx) {
  const host = await hostAdapter();
  return host?.modifyConfig ? host.modifyConfig(config, ctx) : config;
}

export async function onBuildComplete(ctx) {
  for (const step of steps) {
    execFileSync(process.execPath, [require.resolve("tsx/cli"), step, exportDirOf(ctx.config, ctx.projectDir)], {
      stdio: "inherit",
      // The header rules must name the URLs the pages are served at, so the steps get the base path Next built with.
      env: { ...process.env, BASE_PATH: ctx.config.basePath ?? "" },
    });
  }
  const host = await hostAdapter();
  if (host?.onBuildComplete) await host.onBuildComplete(ctx);
}

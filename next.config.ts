import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

/**
 * A static export: `next build` writes plain files to out/ for any static host or CDN.
 * Set BASE_PATH (e.g. `/learn`) to host the site under a sub-path.
 * Set EXPORT_DIR to export elsewhere (`npm run build:fixtures` writes out-fixtures/): with
 * output "export", Next treats a custom distDir as the export folder and keeps its build files in
 * .next, so the fixture site never overwrites the real one in out/.
 * The adapter writes the export's security headers when the build completes, so a host that runs
 * plain `next build` deploys them too.
 */
const basePath = process.env.BASE_PATH?.replace(/\/$/, "") || undefined;
const exportDir = process.env.EXPORT_DIR || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  // Only when set: an explicit `distDir: undefined` would replace Next's default.
  ...(exportDir ? { distDir: exportDir } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "" },
  adapterPath: fileURLToPath(new URL("./scripts/next-adapter.mjs", import.meta.url)),
};

export default nextConfig;

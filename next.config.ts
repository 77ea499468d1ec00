import type { NextConfig } from "next";

/**
 * A static export: `next build` writes plain files to out/ for any static host or CDN.
 * Set BASE_PATH (e.g. `/learn`) to host the site under a sub-path.
 * Set EXPORT_DIR to export elsewhere (`npm run build:fixtures` writes out-fixtures/): with
 * output "export", Next treats a custom distDir as the export folder and keeps its build files in
 * .next, so the fixture site never overwrites the real one in out/.
 */
const basePath = process.env.BASE_PATH?.replace(/\/$/, "") || undefined;
const exportDir = process.env.EXPORT_DIR || undefined;
// `npm run export:scorm` builds with a placeholder asset prefix that it rewrites to relative paths.
const scormAssetPrefix = process.env.SCORM_PACKAGE === "1" ? "/__scorm_package__" : undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  ...(scormAssetPrefix ? { assetPrefix: scormAssetPrefix } : {}),
  // Only when set: an explicit `distDir: undefined` would replace Next's default.
  ...(exportDir ? { distDir: exportDir } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "" },
};

export default nextConfig;

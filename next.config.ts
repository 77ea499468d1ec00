import type { NextConfig } from "next";

/**
 * A static export: `next build` writes plain files to out/ for any static host or CDN.
 * Set BASE_PATH (e.g. `/learn`) to host the site under a sub-path.
 */
const basePath = process.env.BASE_PATH?.replace(/\/$/, "") || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? "" },
};

export default nextConfig;

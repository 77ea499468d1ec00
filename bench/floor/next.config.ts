import type { NextConfig } from "next";

/** The floor: the smallest static Next.js export with one client island, to measure against. */
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  poweredByHeader: false,
};

export default nextConfig;

import type { MetadataRoute } from "next";
import { site } from "@/lib/site";

export const dynamic = "force-static";

/** Installable as a reading app; colours match the light theme tokens in globals.css. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name} — ${site.tagline}`,
    short_name: site.name,
    description: "Short, interactive lessons for identity and access engineers.",
    start_url: `${site.basePath}/`,
    scope: `${site.basePath}/`,
    display: "standalone",
    background_color: "#f7f8fb",
    theme_color: "#f7f8fb",
    icons: [
      { src: `${site.basePath}/icon.svg`, sizes: "any", type: "image/svg+xml" },
      { src: `${site.basePath}/apple-touch-icon.png`, sizes: "180x180", type: "image/png", purpose: "any" },
    ],
  };
}

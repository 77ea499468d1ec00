/** Site-wide constants: the brand and the public origin used for canonical URLs and sitemaps. */
export const site = {
  name: "Techclick",
  tagline: "Interactive lessons for identity engineers",
  /** The deployed origin, without a trailing slash. Set SITE_URL at build time for your host. */
  url: (process.env.SITE_URL ?? "https://learn.techclick.in").replace(/\/$/, ""),
  basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? "",
} as const;

export function lessonPath(slug: string): string {
  return `/lessons/${slug}/`;
}

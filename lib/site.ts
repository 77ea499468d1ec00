/** Site-wide constants: the brand and the public origin used for canonical URLs and sitemaps. */
export const site = {
  name: "Techclick",
  tagline: "Interactive lessons for identity engineers",
  /** The deployed origin, without a trailing slash. Set SITE_URL at build time for your host. */
  url: (process.env.SITE_URL ?? "https://learn.techclick.in").replace(/\/$/, ""),
  basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? "",
  /** Built for a SCORM package (`npm run export:scorm`): the lesson is the only page, so no link leads to the index. */
  packaged: process.env.NEXT_PUBLIC_SCORM_PACKAGE === "1",
} as const;

export function lessonPath(slug: string): string {
  return `/lessons/${slug}/`;
}

import type { MetadataRoute } from "next";
import { loadLessons } from "@/lib/content/load";
import { lessonPath, site } from "@/lib/site";

export const dynamic = "force-static";

/** The index and every lesson, from the content folder, with absolute URLs on the deployed origin. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = site.url + site.basePath;
  const lessons = await loadLessons();
  return [
    { url: `${origin}/`, lastModified: lessons[0]?.frontmatter.date, changeFrequency: "weekly", priority: 1 },
    ...lessons.map((lesson) => ({
      url: origin + lessonPath(lesson.slug),
      lastModified: lesson.frontmatter.updated ?? lesson.frontmatter.date,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}

import path from "node:path";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listLessonFiles, loadLesson, loadLessons } from "@/lib/content/load";
import { lessonPath, site } from "@/lib/site";
import { LessonPage } from "@/components/lesson/lesson-page";

export const dynamicParams = false;

export async function generateStaticParams() {
  // In `npm run dev` a broken lesson must fail inside the page, where app/error.tsx catches it and
  // the content reloader stays mounted; failing here would answer 500 with no way to recover on
  // the next save. `next build` still validates every lesson here.
  if (process.env.NODE_ENV === "development") {
    return (await listLessonFiles()).map((file) => ({ slug: path.basename(file, ".mdx") }));
  }
  return (await loadLessons()).map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PageProps<"/lessons/[slug]">): Promise<Metadata> {
  const lesson = await loadLesson((await params).slug);
  if (!lesson) return {};
  const { title, description } = lesson.frontmatter;
  return {
    title,
    description,
    alternates: { canonical: lessonPath(lesson.slug) },
    // The card image comes from ./opengraph-image.tsx, which Next adds to og:image itself.
    openGraph: { type: "article", title, description, url: lessonPath(lesson.slug), siteName: site.name, locale: "en_US", publishedTime: lesson.frontmatter.date, modifiedTime: lesson.frontmatter.updated },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function Page({ params }: PageProps<"/lessons/[slug]">) {
  const lesson = await loadLesson((await params).slug);
  if (!lesson) notFound();
  return <LessonPage lesson={lesson} />;
}

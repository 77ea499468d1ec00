import type { Metadata } from "next";
import { loadLessons } from "@/lib/content/load";
import { LessonCard } from "@/components/site/lesson-card";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata: Metadata = {
  title: "All lessons",
  description: "Short, interactive lessons for identity and access engineers: infographics, live demos and quizzes, with progress kept on your device.",
  alternates: { canonical: "/" },
};

export default async function Home() {
  const lessons = await loadLessons();
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 outline-none">
        <h1 className="text-3xl font-extrabold tracking-tight">All lessons</h1>
        <p className="mt-2 max-w-prose text-muted">
          {lessons.length} interactive lesson{lessons.length === 1 ? "" : "s"}. Your progress stays in this browser.
        </p>
        <ul className="mt-8 grid gap-5 md:grid-cols-2">
          {lessons.map((lesson) => (
            <LessonCard key={lesson.slug} lesson={lesson} />
          ))}
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}

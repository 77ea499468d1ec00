import { run } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import type { Lesson } from "@/lib/content/load";
import { lessonComponents } from "@/components/mdx-components";
import { CodeBlock } from "@/components/code-block/code-block";

/** Runs a lesson's compiled MDX at build time and renders it with the registered components. */
export async function LessonBody({ lesson }: { lesson: Lesson }) {
  const { default: Content } = await run(lesson.code, { ...runtime, baseUrl: import.meta.url });
  // Fenced code gets its own block (sideways scroll, Copy); the authoring vocabulary is unchanged.
  return <Content components={{ ...lessonComponents(lesson), pre: CodeBlock }} />;
}

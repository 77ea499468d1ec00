import { run } from "@mdx-js/mdx";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import type { Lesson } from "@/lib/content/load";
import { lessonComponents } from "@/components/mdx-components";
import { CodeBlock } from "@/components/code-block/code-block";
import { HydrateInSlices } from "./hydrate-in-slices";

/** Runs a lesson's compiled MDX at build time and renders it with the registered components. */
export async function LessonBody({ lesson }: { lesson: Lesson }) {
  const { default: Content } = await run(lesson.code, { ...runtime, baseUrl: import.meta.url });
  // Fenced code gets its own block (sideways scroll, Copy); the authoring vocabulary is unchanged.
  // Called as a function (MDX content has no hooks), it returns the lesson's top-level blocks as
  // one fragment, which are then hydrated one by one.
  const body: ReactNode = Content({ components: { ...lessonComponents(lesson), pre: CodeBlock } });
  return <HydrateInSlices>{isFragment(body) ? body.props.children : body}</HydrateInSlices>;
}

function isFragment(node: ReactNode): node is ReactElement<{ children?: ReactNode }> {
  return isValidElement(node) && node.type === runtime.Fragment;
}

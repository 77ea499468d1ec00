import { Children, isValidElement, Suspense, type ReactNode } from "react";
import { LESSON_BLOCK } from "@/lib/lesson-block";

/**
 * Puts each top-level block of a lesson's body in a Suspense boundary of its own. Nothing in them
 * suspends, so the static HTML is the same; on the client React hydrates the page's shell first and
 * then each boundary in a later, interruptible pass, so the browser can paint and take input between
 * them instead of waiting for one long hydration task. A boundary the learner touches first is
 * hydrated first, and the touch is replayed. The boundaries are named LESSON_BLOCK: the build marks
 * the static markup inside them as such in the page's payload (scripts/lib/static-islands.ts).
 */
export function HydrateInSlices({ children }: { children?: ReactNode }) {
  return Children.map(children, (child) => (isValidElement(child) ? <Suspense name={LESSON_BLOCK}>{child}</Suspense> : child));
}

import { Children, isValidElement, Suspense, type ReactNode } from "react";
import { LESSON_BLOCK } from "@/lib/lesson-block";
import { HydrationGate } from "./hydration-gate";

/**
 * Puts each top-level block of a lesson's body in a Suspense boundary of its own. Nothing in them
 * suspends on the server, so the static HTML is the same; on the client React hydrates the page's
 * shell first and each block in a later, interruptible pass of its own, when it is needed: when it
 * nears the screen, when the reader touches it, or when the browser is idle (HydrationGate,
 * blocks-on-demand.ts). A touch is replayed once its block is hydrated. The boundaries are named
 * LESSON_BLOCK: the build marks the static markup inside them as such in the page's payload
 * (scripts/lib/static-islands.ts). Their parent must carry BLOCKS_ATTRIBUTE.
 */
export function HydrateInSlices({ children }: { children?: ReactNode }) {
  let block = 0;
  return Children.map(children, (child) =>
    isValidElement(child) ? (
      <Suspense name={LESSON_BLOCK}>
        <HydrationGate block={block++} />
        {child}
      </Suspense>
    ) : (
      child
    ),
  );
}

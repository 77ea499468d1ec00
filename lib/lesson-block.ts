/**
 * The name of the Suspense boundary around each top-level block of a lesson
 * (components/lesson/hydrate-in-slices.tsx). The build finds the blocks in the page's payload by it
 * (scripts/lib/static-islands.ts): what a block's server components render is static markup.
 */
export const LESSON_BLOCK = "lesson-block";

/**
 * The attribute on the element whose children are a lesson's blocks: the browser finds them there
 * as the page loads, to hydrate each when it is needed (components/lesson/blocks-on-demand.ts).
 */
export const BLOCKS_ATTRIBUTE = "data-blocks";

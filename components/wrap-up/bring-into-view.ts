/**
 * Scrolling for the wrap-up's results: the score glides into view when it is near, "Try again"
 * jumps back to the first cleared question, and a jump is not undone by a glide still under way.
 */

import { layOutAllSections } from "@/components/lesson/offscreen-sections";

/** How long after a glide starts a jump may still be overtaken by its last steps. */
const GLIDE_MS = 2000;
/** When `bringIntoView` last started a glide (a smooth scroll). */
let glideStarted = -Infinity;

/** Scrolls an element to the top of the view (below the sticky header) and focuses it. */
export function bringIntoView(element: HTMLElement | null) {
  if (!element) return;
  // Every section drawn first: a section still waiting has only an estimated height to scroll past.
  layOutAllSections();
  // A long way (Try again goes back thousands of pixels) is a jump: a slow glide there disorients.
  const near = Math.abs(element.getBoundingClientRect().top) < window.innerHeight * 2;
  const smooth = near && !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const gliding = performance.now() - glideStarted < GLIDE_MS;
  element.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "instant" });
  element.focus({ preventScroll: true });
  if (smooth) glideStarted = performance.now();
  else if (gliding) holdAfterGlide(element);
}

/**
 * A jump made while a glide is under way (Try again pressed as the score scrolls in) does not stop
 * the glide in Chrome: its last steps land after the jump and move the page on. Each time
 * scrolling ends in the next two seconds the element is put back, unless the learner scrolls,
 * clicks, touches or types first.
 */
function holdAfterGlide(element: HTMLElement) {
  // Where the jump put it: the page's scroll padding and the element's scroll margin decide that.
  const landed = element.getBoundingClientRect().top;
  const put = () => {
    if (element.isConnected && Math.abs(element.getBoundingClientRect().top - landed) > 1) element.scrollIntoView({ block: "start", behavior: "instant" });
  };
  const release = () => {
    clearTimeout(timer);
    removeEventListener("scrollend", put);
    for (const type of LEARNER_INPUT) removeEventListener(type, release, true);
  };
  const timer = setTimeout(release, GLIDE_MS);
  addEventListener("scrollend", put, { passive: true });
  for (const type of LEARNER_INPUT) addEventListener(type, release, { capture: true, passive: true });
}

/** What the learner does to scroll or act: after it, the page no longer moves on its own. */
const LEARNER_INPUT = ["wheel", "touchstart", "pointerdown", "keydown"] as const;

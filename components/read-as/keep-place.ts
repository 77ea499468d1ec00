/**
 * Keeps the reader's place while reading-level passages appear or disappear above it: the first
 * element below the sticky header that every level shows is measured before and after the change,
 * and the page is scrolled by the difference, instantly. Every section is laid out with the change
 * (a level changes passages all through the page, and a section still waiting to be drawn would keep
 * its old height), and that is in the difference too.
 */
import { layOutAllSections } from "@/components/lesson/offscreen-sections";

const CANDIDATES = "main h2, main h3, main p, main li, main pre, main figure, main table, main fieldset";
const LEVEL_ONLY = "[data-level-min], [data-level-max]";

function visibleTop(): number {
  return document.querySelector("[data-site-header]")?.getBoundingClientRect().bottom ?? 0;
}

function findAnchor(): HTMLElement | null {
  const top = visibleTop();
  for (const el of document.querySelectorAll<HTMLElement>(CANDIDATES)) {
    // An element in a section still waiting to be drawn has no place of its own to keep.
    if (el.closest(LEVEL_ONLY) || el.checkVisibility?.({ contentVisibilityAuto: true }) === false) continue;
    const rect = el.getBoundingClientRect();
    if (rect.height > 0 && rect.top >= top - 1) return el;
  }
  return null;
}

export function keepPlace(change: () => void): void {
  const anchor = findAnchor();
  const before = anchor?.getBoundingClientRect().top;
  layOutAllSections();
  change();
  if (!anchor || before === undefined) return;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) < 1) return;
  const root = document.documentElement;
  const smooth = root.style.scrollBehavior;
  // The global smooth scrolling would animate this jump and let the reader see the content move.
  root.style.scrollBehavior = "auto";
  window.scrollBy(0, shift);
  root.style.scrollBehavior = smooth;
}

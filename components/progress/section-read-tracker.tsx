"use client";

import { useEffect } from "react";
import { useProgress } from "./progress-provider";

/** How long a section's start and its end must each stay on screen to count as seen. */
const DWELL_MS = 600;

/**
 * Marks a section read when the learner has scrolled through it: its heading and its end marker
 * ([data-section-end]) have each stayed on screen for a moment. A jump from a link (or a
 * fast fling) sweeps past the sections in between without stopping, so they do not count. Starts
 * only after saved progress is read, so a mark made earlier is not overwritten by hydration.
 */
export function SectionReadTracker() {
  const hydrated = useProgress((s) => s.hydrated);
  const markSectionRead = useProgress((s) => s.markSectionRead);

  useEffect(() => {
    if (!hydrated || typeof IntersectionObserver === "undefined") return;
    const starts = new Set<string>();
    const ends = new Set<string>();
    const timers = new Map<Element, number>();

    // Both ends of a section seen, in either order (a learner may read upwards too).
    const seen = (target: Element) => {
      const id = target.closest<HTMLElement>("[data-section]")?.dataset.section;
      if (!id) return;
      observer.unobserve(target);
      (target.hasAttribute("data-section-end") ? ends : starts).add(id);
      if (starts.has(id) && ends.has(id)) markSectionRead(id);
    };

    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const pending = timers.get(entry.target);
        if (entry.isIntersecting && pending === undefined) {
          timers.set(entry.target, window.setTimeout(() => {
            timers.delete(entry.target);
            seen(entry.target);
          }, DWELL_MS));
        } else if (!entry.isIntersecting && pending !== undefined) {
          window.clearTimeout(pending);
          timers.delete(entry.target);
        }
      }
    });
    document.querySelectorAll("[data-section] > h2, [data-section] [data-section-end]").forEach((marker) => observer.observe(marker));
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [hydrated, markSectionRead]);

  return null;
}

"use client";

import { useEffect } from "react";
import { useProgress } from "./progress-provider";

/**
 * Marks a section read when the learner reaches its end: it observes the end marker each
 * [data-section] carries ([data-section-end]) — a long section is never "mostly visible", so its
 * own intersection ratio would not tell. Starts only after saved progress is read, so a mark made
 * earlier is not overwritten by hydration.
 */
export function SectionReadTracker() {
  const hydrated = useProgress((s) => s.hydrated);
  const markSectionRead = useProgress((s) => s.markSectionRead);

  useEffect(() => {
    if (!hydrated || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = entry.target.closest<HTMLElement>("[data-section]")?.dataset.section;
        if (entry.isIntersecting && id) {
          markSectionRead(id);
          observer.unobserve(entry.target);
        }
      }
    });
    document.querySelectorAll("[data-section] [data-section-end]").forEach((marker) => observer.observe(marker));
    return () => observer.disconnect();
  }, [hydrated, markSectionRead]);

  return null;
}

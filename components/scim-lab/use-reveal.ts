"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * Brings a result into view when a new one arrives (not on first render, not when it goes away): the page scrolls just enough for
 * the result to show next to the control that made it, on a phone as on a desktop.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  // Before paint, so the result is never drawn out of view first.
  useLayoutEffect(() => {
    if (first.current || key === null || key === undefined) {
      first.current = false;
      return;
    }
    const el = ref.current;
    if (!el) return;
    // A result taller than the window shows from its top (under the sticky header: scroll-margin).
    // Instant: it also ends any smooth scroll still running (e.g. the one that focused the control).
    el.scrollIntoView({ block: el.getBoundingClientRect().height > window.innerHeight ? "start" : "nearest", behavior: "instant" });
  }, [key]);
  return ref;
}

"use client";

import { useEffect, useRef } from "react";

/**
 * Brings a result into view when it changes (not on first render): the page scrolls just enough for
 * the result to show next to the control that made it, on a phone as on a desktop.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.scrollIntoView({ block: "nearest" });
  }, [key]);
  return ref;
}

"use client";

import { useEffect, useRef, type ReactNode } from "react";
// Imported here, beside the only component that uses it, not with @import from app/globals.css:
// Tailwind's PostCSS plugin resolves a relative @import from the project root when the bundler
// hands it a stylesheet without its path, and printed a resolve error on builds that then succeeded.
import "./infographics.css";

/**
 * Marks its subtree for the one-off entrance animation in infographics.css.
 *
 * The server HTML says nothing about visibility, so without JS (or before
 * hydration) the figure is fully drawn. Only a figure that is still below the
 * fold gets hidden ("pending") — the user can't see it yet, so hiding it can't
 * flash — and it animates ("true") when it scrolls in. The attribute is set on
 * the DOM node directly: it only feeds CSS, so a React re-render buys nothing.
 * Nothing here changes layout; the CSS animates opacity and transforms only.
 */
export function InView({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    if (el.getBoundingClientRect().top < window.innerHeight) return;

    el.dataset.inview = "pending";
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        el.dataset.inview = "true";
        observer.disconnect();
      },
      // Start a little after the top edge appears so the motion is actually seen.
      { rootMargin: "0px 0px -10% 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} data-inview="">
      {children}
    </div>
  );
}

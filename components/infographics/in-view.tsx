"use client";

import { useEffect, useRef } from "react";
// Imported here, beside the only component that uses it, not with @import from app/globals.css:
// Tailwind's PostCSS plugin resolves a relative @import from the project root when the bundler
// hands it a stylesheet without its path, and printed a resolve error on builds that then succeeded.
import "./infographics.css";

/**
 * Marks the element it is placed in (a figure) for the one-off entrance
 * animation in infographics.css. It sits beside the figure's art, not around
 * it: the art stays markup rendered on the server, which the page's payload
 * does not repeat and React does not hydrate (a client component's children
 * would travel in the payload). What it renders, an empty hidden span, is its
 * handle on that element.
 *
 * The server HTML says nothing about visibility, so without JS (or before
 * hydration) the figure is fully drawn. Only a figure that is off screen when
 * the observer first reports gets hidden ("pending") — the user can't see it
 * yet, so hiding it can't flash — and it animates ("true") when it scrolls in.
 * Where the figure is comes from the observer, never from a layout read at
 * hydration: each read after the attribute of another figure changed would
 * lay out the whole page again. The attribute is set on the DOM node
 * directly: it only feeds CSS, so a React re-render buys nothing. Nothing here
 * changes layout; the CSS animates opacity and transforms only.
 */
export function InView() {
  const ref = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const el = ref.current?.parentElement;
    if (!el || typeof IntersectionObserver === "undefined") return;
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;

    let first = true;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (first) {
          first = false;
          if (onScreen(entry.boundingClientRect)) return observer.disconnect();
          el.dataset.inview = "pending";
          return;
        }
        if (!entry.isIntersecting) return;
        el.dataset.inview = "true";
        observer.disconnect();
      },
      // Start a little after the top edge appears so the motion is actually seen.
      { rootMargin: "0px 0px -10% 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return <span ref={ref} hidden />;
}

/** Some of the box is in the window. */
function onScreen(box: DOMRectReadOnly): boolean {
  return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
}

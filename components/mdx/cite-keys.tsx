"use client";

import { useEffect } from "react";

/** The blocks whose citations form one group: a paragraph, a list item, a table cell, a callout's line. */
const BLOCK = "p, li, td, th, dd, figcaption, blockquote";
const LINK = "[data-cite] a";
const HINT_ID = "cite-keys-hint";

/** The block a citation link belongs to: its paragraph (or list item…), else its own citation. */
function blockOf(link: Element): Element | null {
  return link.closest(BLOCK) ?? link.closest("[data-cite]");
}

function groupOf(link: Element): HTMLAnchorElement[] {
  const block = blockOf(link);
  if (!block) return [];
  // Only this block's own citations, not those of a list nested inside it.
  return [...block.querySelectorAll<HTMLAnchorElement>(LINK)].filter((a) => blockOf(a) === block);
}

/** Every block's citation links, in page order, grouped by the block they sit in. */
function allGroups(): HTMLAnchorElement[][] {
  const byBlock = new Map<Element, HTMLAnchorElement[]>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>(LINK)) {
    const block = blockOf(link);
    if (!block) continue;
    const group = byBlock.get(block);
    if (group) group.push(link);
    else byBlock.set(block, [link]);
  }
  return [...byBlock.values()];
}

/**
 * Citations take one Tab stop per paragraph (or list item): the first of its source links is in the
 * Tab order, and the arrow keys (plus Home and End) move between the others, so a keyboard user
 * passes a paragraph's citations with one Tab. Every link stays a plain link, reachable and
 * announced as "Source n"; a link in a group of several says how to reach the rest. Without
 * JavaScript nothing changes: each link is its own Tab stop. The groups are set up on the page's
 * first key press, before the browser moves focus for it, so loading the page does none of it.
 */
export function CiteKeys() {
  useEffect(() => {
    let grouped = false;
    const setUpGroups = () => {
      grouped = true;
      for (const group of allGroups()) {
        if (group.length < 2) continue;
        group.forEach((a, i) => {
          a.tabIndex = i === 0 ? 0 : -1;
          a.setAttribute("aria-describedby", HINT_ID);
        });
      }
    };

    const onKey = (event: KeyboardEvent) => {
      if (!grouped) setUpGroups();
      const link = event.target instanceof Element ? event.target.closest(LINK) : null;
      if (!link || event.altKey || event.ctrlKey || event.metaKey) return;
      const group = groupOf(link);
      if (group.length < 2) return;
      const at = group.indexOf(link as HTMLAnchorElement);
      const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: group.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = group[Math.max(0, Math.min(group.length - 1, to))]!;
      // Roving: the link last reached is the group's Tab stop, so Shift+Tab and Tab return to it.
      for (const a of group) a.tabIndex = a === next ? 0 : -1;
      next.focus();
    };
    // Capturing, so that a key a widget handles and stops still sets the groups up first.
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, []);

  return (
    <p id={HINT_ID} hidden>
      Use the arrow keys to move between this paragraph&apos;s sources.
    </p>
  );
}

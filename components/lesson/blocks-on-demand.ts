/**
 * When each of a lesson's blocks may hydrate, as the page first loads (components/lesson/hydrate-in-slices.tsx).
 * A block the reader can see, or is about to, hydrates at once; a block the reader touches (a tap, a
 * click, a key, focus) hydrates before the touch reaches it, so the touch works on the first try;
 * the rest hydrate one by one, top to bottom, whenever the browser is idle. Until then a block is the
 * page's HTML: readable, and everything the browser does by itself (links, selecting text, checking a
 * box) works in it.
 * On a phone this turns the page's one long start-up into short pieces of work, and the ones the
 * reader is not looking at wait until the browser has nothing else to do.
 */
import { BLOCKS_ATTRIBUTE } from "@/lib/lesson-block";

type Block = { elements: Element[]; needed: boolean; wait?: Promise<void>; release?: () => void };

/** React's markers around a Suspense boundary in server HTML: the openings (complete, pending, client-rendered, queued) and the closing. */
const OPENINGS = new Set(["$", "$?", "$!", "$~"]);
const CLOSING = "/$";
/** What the reader does that hydrates the block it happens in, before React sees it. */
const TOUCHES = ["pointerdown", "mousedown", "touchstart", "focusin", "keydown", "click", "input", "change", "submit"] as const;
/** How far beyond the screen a block counts as about to be seen, in screen heights above and below. */
const SCREENS_NEAR = 1;
/** The same reach as the IntersectionObserver's margin, and measured once as hydration starts. */
const NEAR_MARGIN = `${SCREENS_NEAR * 100}% 0px`;
const isNear = (element: Element, view: Window) => {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom >= -SCREENS_NEAR * view.innerHeight && top <= (1 + SCREENS_NEAR) * view.innerHeight;
};

/** The elements of each boundary that is a direct child of `container`, in document order. */
export function blocksIn(container: Element): Element[][] {
  const blocks: Element[][] = [];
  let depth = 0;
  for (const node of container.childNodes) {
    if (node.nodeType === Node.COMMENT_NODE) {
      const data = (node as Comment).data;
      if (OPENINGS.has(data) && depth++ === 0) blocks.push([]);
      else if (data === CLOSING && depth > 0) depth--;
    } else if (node.nodeType === Node.ELEMENT_NODE && depth > 0) blocks.at(-1)!.push(node as Element);
  }
  return blocks;
}

let blocks: Block[] | undefined;

/**
 * Nothing when block `index` may hydrate now; otherwise the promise that settles when it may. The
 * first call finds the page's blocks and starts watching them; a page without them has nothing to wait for.
 */
export function whenNeeded(index: number): Promise<void> | undefined {
  if (typeof document === "undefined") return undefined;
  blocks ??= watch(document);
  const block = blocks[index];
  if (!block || block.needed) return undefined;
  return (block.wait ??= new Promise<void>((resolve) => (block.release = resolve)));
}

function watch(document: Document): Block[] {
  const container = document.querySelector(`[${BLOCKS_ATTRIBUTE}]`);
  const view = document.defaultView;
  if (!container || !view || typeof view.IntersectionObserver !== "function") return [];
  // What is near the screen as hydration starts does not wait at all: it hydrates with the page's shell.
  const found: Block[] = blocksIn(container).map((elements) => ({ elements, needed: elements.some((element) => isNear(element, view)) }));
  const blockOf = new Map<Element, Block>(found.flatMap((block) => block.elements.map((element) => [element, block] as const)));

  const need = (block: Block) => {
    if (block.needed) return;
    block.needed = true;
    block.elements.forEach((element) => near.unobserve(element));
    block.release?.();
    if (found.every((b) => b.needed)) stop();
  };
  const near = new view.IntersectionObserver(
    (entries) => entries.forEach((entry) => entry.isIntersecting && need(blockOf.get(entry.target)!)),
    { rootMargin: NEAR_MARGIN },
  );
  const touched = (event: Event) => {
    for (let node = event.target instanceof view.Node ? event.target : null; node; node = node.parentNode) {
      const block = node instanceof view.Element ? blockOf.get(node) : undefined;
      if (block) return need(block);
    }
  };
  const idle = (next: () => void) =>
    typeof view.requestIdleCallback === "function" ? view.requestIdleCallback(next, { timeout: IDLE_AT_MOST_MS }) : view.setTimeout(next, IDLE_FALLBACK_MS);
  const nextWhenIdle = () => {
    const waiting = found.filter((b) => !b.needed);
    if (waiting[0]) need(waiting[0]);
    if (waiting.length > 1) idle(nextWhenIdle);
  };
  function stop() {
    near.disconnect();
    TOUCHES.forEach((type) => view!.removeEventListener(type, touched, true));
  }

  if (found.every((block) => block.needed)) return found;
  found.forEach((block) => !block.needed && block.elements.forEach((element) => near.observe(element)));
  TOUCHES.forEach((type) => view.addEventListener(type, touched, { capture: true, passive: true }));
  idle(nextWhenIdle);
  return found;
}

/** The longest a block waits for the browser to be idle before it hydrates anyway (a page kept busy). */
const IDLE_AT_MOST_MS = 2000;
/** Where the browser has no idle callbacks (Safari), the pause between two blocks. */
const IDLE_FALLBACK_MS = 50;

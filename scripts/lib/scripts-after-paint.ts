/**
 * Next lists its script chunks in the page as `async` scripts (and preloads its entry chunk), so the
 * browser fetches them while it is still fetching the page: on a phone's slow connection the
 * chunks share the bandwidth the text needs, and each runs as soon as it arrives, between the
 * browser's steps of reading and drawing the page. This rewrite takes those tags out and puts, where the entry chunk's tag stood (after
 * the page's markup, before its inline data), one inline script that adds the same chunks, in the
 * same order and with the same `src` strings, after the next frame: once the text above it has
 * been painted. The cost, on a slow connection, is that the chunks no longer download alongside
 * the page, so the widgets wake up later by up to the part of their download that overlapped it;
 * hydration cannot finish before the page's inline data, which ends the document, in either case.
 * A page opened in a background tab, which draws no frames, adds them at once; one that draws no
 * frame for two seconds (an off-screen frame in an LMS, say) adds them then.
 */
import { attr, elements, parseHtml, textOf, type Element } from "./html";

const isNextChunk = (url: string | undefined) => url !== undefined && url.includes("/_next/static/");

const LOADER_START = "(function(){var c=";
/** How long the loader waits for a frame before it adds the chunks anyway (a frame-throttled iframe). */
export const FRAMELESS_MS = 2000;

/** The inline script that adds the chunks after the next frame: at once in a hidden tab, after FRAMELESS_MS when no frame comes. */
export function afterPaintLoader(sources: readonly string[]): string {
  return [
    LOADER_START,
    `${JSON.stringify(sources).replace(/</g, "\\u003c")};`,
    'var d=0;function l(){if(d)return;d=1;c.forEach(function(u){var s=document.createElement("script");s.src=u;s.async=true;document.head.appendChild(s)})}',
    `if(document.visibilityState==="hidden")l();else{requestAnimationFrame(function(){setTimeout(l,0)});setTimeout(l,${FRAMELESS_MS})}`,
    "})()",
  ].join("");
}

/** The chunks an inline script written by `afterPaintLoader` adds, or none for any other script. */
export function chunksOfLoader(inline: string): string[] {
  if (!inline.startsWith(LOADER_START)) return [];
  const list = /^\[[^\]]*\]/.exec(inline.slice(LOADER_START.length));
  return list ? (JSON.parse(list[0]) as string[]) : [];
}

/** The chunks an element adds if it is an inline script written by `afterPaintLoader`, else none. */
export function chunksLoadedBy(element: Element): string[] {
  return element.tagName === "script" && attr(element, "src") === undefined ? chunksOfLoader(textOf(element)) : [];
}

/**
 * The page with Next's `async` chunk scripts and script preloads replaced by `afterPaintLoader`,
 * and the chunks it now loads. A page without them is returned as it was.
 */
export function loadScriptsAfterPaint(html: string): { html: string; chunks: string[] } {
  const scripts: { src: string; start: number; end: number }[] = [];
  const preloads: { start: number; end: number }[] = [];
  for (const el of elements(parseHtml(html, { locations: true }))) {
    const at = el.sourceCodeLocation;
    if (!at) continue;
    if (el.tagName === "script" && isNextChunk(attr(el, "src")) && attr(el, "async") !== undefined) {
      scripts.push({ src: attr(el, "src")!, start: at.startOffset, end: at.endOffset });
    } else if (el.tagName === "link" && attr(el, "rel") === "preload" && attr(el, "as") === "script" && isNextChunk(attr(el, "href"))) {
      preloads.push({ start: at.startOffset, end: at.endOffset });
    }
  }
  if (scripts.length === 0) return { html, chunks: [] };

  const chunks = scripts.map((s) => s.src);
  const entry = scripts.at(-1)!;
  const edits = [
    ...preloads.map((p) => ({ ...p, text: "" })),
    ...scripts.map((s) => ({ start: s.start, end: s.end, text: s === entry ? `<script>${afterPaintLoader(chunks)}</script>` : "" })),
  ].sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, end, text } of edits) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return { html: out, chunks };
}

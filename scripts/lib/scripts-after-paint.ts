/**
 * Next lists its script chunks in the page as `async` scripts (and preloads its entry chunk), so the
 * browser fetches them while it is still fetching the page: on a phone's slow connection the
 * chunks share the bandwidth the text needs, and each runs as soon as it arrives, between the
 * browser's steps of reading and drawing the page. After the markup it also inlines the page's RSC
 * payload, which the browser must download before it can paint (a paint waits for the whole
 * document on a slow connection, as Lighthouse simulates it) though only hydration reads it.
 * This rewrite takes those tags and the payload out and puts, where the entry chunk's tag stood,
 * one inline script that adds the same chunks, in the same order and with the same `src` strings,
 * once the text above it has been painted: after the browser reports the page's first contentful
 * paint (a frame drawn is not yet a frame shown: a request started then can still come before the
 * paint reaches the screen). It fetches the payload from a file beside the chunks, adds the entry
 * chunk once it has it, and hands it to Next one part per task, so that reading it and starting
 * hydration are not one long task with Next's own start. The cost, on a slow connection, is that
 * the chunks and the payload no longer download alongside the page, so the widgets wake up later
 * by up to the part of their download that overlapped it.
 * A page opened in a background tab, which draws no frames, adds them at once; one that paints
 * nothing for two seconds (an off-screen frame in an LMS, say) adds them then; a browser that does
 * not report paints adds them two frames after the script runs.
 */
import { createHash } from "node:crypto";
import { attr, elements, parseHtml, textOf, type Element } from "./html";
import { inlinePayloadChunks } from "./inline-payload";

const isNextChunk = (url: string | undefined) => url !== undefined && url.includes("/_next/static/");

const LOADER_START = "(function(){var c=";
/** How long the loader waits for the first paint before it adds the chunks anyway (a frame-throttled iframe). */
export const FRAMELESS_MS = 2000;

/**
 * The part of the loader that hands the payload to Next one part per task, `g(parts)`, called
 * before the entry chunk is added. Next reads the parts pushed to `self.__next_f` before it starts
 * all at once, in the task that starts it, and closes its stream of the payload on
 * `DOMContentLoaded`, or in the task after its start when the document has already loaded: a part
 * pushed after that close would be lost. So while Next starts, `document.readyState` reads
 * "loading" and a `DOMContentLoaded` listener added to the document is kept instead of added. When
 * Next takes over `self.__next_f.push` (the last thing it does with the buffer, after it has read
 * the state and added its listener), both are put back as they were; then each part is pushed in
 * a task of its own, from the task after Next's start (all at once in a hidden tab, whose timers
 * the browser slows), and the kept listeners (Next's, and any other added meanwhile) are called
 * after the last one. Next reads each part as it comes, as it does when a page streams its payload
 * in, and hydration starts once the parts that hold the page's root are in. `g` returns what puts
 * the document back, for the entry chunk's `onerror`.
 */
const HAND_OVER_IN_PARTS = [
  "function g(x){var f=self.__next_f=self.__next_f||[],D=document,E=D.addEventListener,k=[];",
  "function U(){delete D.readyState;delete D.addEventListener}",
  'Object.defineProperty(D,"readyState",{configurable:true,get:function(){return"loading"}});',
  'D.addEventListener=function(t,h){if(t==="DOMContentLoaded"&&typeof h==="function")k.push(h);else E.apply(D,arguments)};',
  'Object.defineProperty(f,"push",{configurable:true,get:function(){return[].push},set:function(h){',
  'U();Object.defineProperty(f,"push",{value:h,writable:true,configurable:true});',
  "setTimeout(function(){q(x.map(function(y){return function(){h([1,y])}}),function(){k.forEach(function(h){h()})})},0)}});return U}",
].join("");

/**
 * The inline script that adds the chunks once the page's first contentful paint is reported (two
 * frames on where paints are not reported): at once in a hidden tab, after FRAMELESS_MS when no
 * paint comes. With a `payload` URL it also fetches the page's RSC payload
 * (a JSON array of the strings Next would have pushed inline), adds the last chunk, the entry that
 * starts hydration, once it has arrived (the other chunks only register their modules), and hands
 * it to Next in parts once Next has started (`HAND_OVER_IN_PARTS`).
 * If the payload cannot be fetched, the entry is never added: the page stays as its HTML, readable,
 * and says why in the console.
 * It starts each request (the payload's fetch, each chunk's script) in a task of its own: starting a
 * request costs the main thread a few milliseconds at times, and all of them in one task made a
 * long task on a slow phone. A hidden tab, whose timers the browser slows, gets them in one task.
 * `q(steps, then)` is that: it runs each step in a task of its own, the first at once, and `then`
 * after the last; the payload's parts are handed over with it too.
 */
export function afterPaintLoader(sources: readonly string[], payload?: string): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  const fetchPayload = payload
    ? [
        's.push(function(){r=fetch(p).then(function(x){if(!x.ok)throw new Error("payload "+x.status);return x.json()}).then(g).catch(function(e){console.error("This page\'s data did not load ("+e.message+"): it can be read but not used.")})});',
        HAND_OVER_IN_PARTS,
      ].join("")
    : "";
  return [
    LOADER_START,
    `${json(sources)};`,
    payload ? `var p=${json(payload)};` : "",
    'var d=0;function a(u,o){var s=document.createElement("script");s.src=u;s.async=true;if(o)s.onerror=o;document.head.appendChild(s)}',
    'function q(s,z){(function n(){if(s.length)s.shift()();if(s.length){if(document.visibilityState==="hidden")n();else setTimeout(n,0)}else if(z)z()})()}',
    "function l(){if(d)return;d=1;var s=[],r,e=c[c.length-1];",
    fetchPayload,
    "c.slice(0,-1).forEach(function(u){s.push(function(){a(u)})});",
    "s.push(function(){if(!r)return a(e);r.then(function(y){if(y)a(e,y)})});",
    "q(s)}",
    'function f(){setTimeout(l,0)}var P=self.PerformanceObserver,t=P&&P.supportedEntryTypes;',
    `if(document.visibilityState==="hidden")l();else{if(t&&t.indexOf("paint")>=0)new P(function(x,o){if(x.getEntriesByName("first-contentful-paint").length){o.disconnect();f()}}).observe({type:"paint",buffered:true});else requestAnimationFrame(function(){requestAnimationFrame(f)});setTimeout(l,${FRAMELESS_MS})}`,
    "})()",
  ].join("");
}

/** The chunks an inline script written by `afterPaintLoader` adds, or none for any other script. */
export function chunksOfLoader(inline: string): string[] {
  if (!inline.startsWith(LOADER_START)) return [];
  const list = /^\[[^\]]*\]/.exec(inline.slice(LOADER_START.length));
  return list ? (JSON.parse(list[0]) as string[]) : [];
}

/** The payload an inline script written by `afterPaintLoader` fetches, if it fetches one. */
export function payloadOfLoader(inline: string): string | undefined {
  if (!inline.startsWith(LOADER_START)) return undefined;
  const url = /^\[[^\]]*\];var p=("(?:[^"\\]|\\.)*");/.exec(inline.slice(LOADER_START.length));
  return url ? (JSON.parse(url[1]!) as string) : undefined;
}

/** What an element makes the browser load if it is an inline script written by `afterPaintLoader`: its chunks and its payload. */
export function loadedBy(element: Element): { chunks: string[]; payload?: string } {
  if (element.tagName !== "script" || attr(element, "src") !== undefined) return { chunks: [] };
  const code = textOf(element);
  return { chunks: chunksOfLoader(code), payload: payloadOfLoader(code) };
}

/** A page's payload as a file beside its chunks: `payload-<hash>.json`, a JSON array of the strings Next pushed inline. */
export interface PayloadFile {
  /** The URL the loader fetches it from: the entry chunk's, with the file's name. */
  url: string;
  json: string;
}

/** The file for a page's payload chunks, named by its content, in the folder of the chunk at `entry`. */
function payloadFile(chunks: string[], entry: string): PayloadFile {
  const json = JSON.stringify(chunks);
  return { url: entry.replace(/[^/]*$/, `payload-${createHash("sha256").update(json).digest("hex").slice(0, 16)}.json`), json };
}

/**
 * The page with Next's `async` chunk scripts and script preloads replaced by `afterPaintLoader`,
 * and the chunks it now loads. Its inline RSC payload (the `self.__next_f.push` scripts after the
 * markup) leaves the page too, for a file the loader fetches: the text is painted once the HTML
 * has arrived, and the payload is only needed to hydrate. A page without Next's chunks is returned
 * as it was.
 */
export function loadScriptsAfterPaint(html: string): { html: string; chunks: string[]; payload?: PayloadFile } {
  const scripts: { src: string; start: number; end: number }[] = [];
  const preloads: { start: number; end: number }[] = [];
  const parsed = elements(parseHtml(html, { locations: true }));
  for (const el of parsed) {
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
  const inline = inlinePayloadChunks(html, parsed);
  const payload = inline && payloadFile(inline.chunks, entry.src);
  const loader = afterPaintLoader(chunks, payload?.url);
  const edits = [
    ...preloads.map((p) => ({ ...p, text: "" })),
    ...scripts.map((s) => ({ start: s.start, end: s.end, text: s === entry ? `<script>${loader}</script>` : "" })),
    ...(inline ? [{ start: inline.start, end: inline.end, text: "" }] : []),
  ].sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, end, text } of edits) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return { html: out, chunks, payload };
}

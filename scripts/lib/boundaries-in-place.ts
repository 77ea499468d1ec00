/**
 * React streams a large Suspense boundary out of order, even into a static page: in its place it
 * writes an empty placeholder (`<!--$?--><template id="B:1"></template><!--/$-->`), and after the
 * page's markup the content in a hidden `<div id="S:1">` with a script (`$RC("B:1","S:1")`) that
 * moves it into place, batched with the next frame or up to 300 ms later. A reader without
 * JavaScript would never see that content, and a reader with it would see it late.
 * This rewrite does at build time what that script does in the browser: each placeholder gets its
 * content (the placeholders inside it too) and becomes a completed boundary, `<!--$-->…<!--/$-->`,
 * which is what React writes for a boundary it does not stream, and what it hydrates on its own.
 * The hidden copies, the scripts that would move them and the clock those scripts read are removed.
 */
import { attr, elements, parseHtml, textOf } from "./html";

/** A streamed boundary's content: `<div hidden id="S:…">` (React's segment). */
const SEGMENT_ID = /^S:([0-9a-f]+)$/;
/** React's placeholder for a boundary whose content comes later in the stream. */
const PLACEHOLDER = /<!--\$\?--><template id="B:([0-9a-f]+)"><\/template>/g;
/** What the placeholder leaves once filled: a completed boundary's opening marker. */
const COMPLETED = "<!--$-->";
/** React's boundary markers: openings (`$`, `$?` pending, `$!` client-rendered, `$~` queued, `&` activity) and closings. */
const MARKER = /<!--(\$|\$\?|\$!|\$~|&|\/\$|\/&)-->/g;
/** The scripts that move segments into place: React's runtime ($RB, $RV, $RC) and its calls. */
const MOVES_SEGMENTS = /\$RC\("B:[0-9a-f]+","S:[0-9a-f]+"\)$/;
/** React's note of when the page first painted, which only its script moving segments reads. */
const REVEAL_CLOCK = "requestAnimationFrame(function(){$RT=performance.now()});";
/** Calls of React's streaming runtime this rewrite does not stand in for. */
const OTHER_STREAMING = /\$R[SXR]\(/;

/**
 * The page with every streamed boundary's content in its place, and how many were put there. A
 * page with none is returned as it was. Throws, naming the boundary, rather than write a page with a
 * hole: when React could not render a boundary at build time (it leaves those to the browser), or
 * when the stream is not one this rewrite can complete (a placeholder without content, content
 * without a placeholder, a streaming call other than moving a segment into place).
 */
export function boundariesInPlace(html: string): { html: string; boundaries: number } {
  const clientRendered = /<!--\$!--><template(?: data-dgst="[^"]*")?(?: data-msg="([^"]*)")?/.exec(html);
  if (clientRendered) throw new Error(`found a boundary React could not render at build time and left to the browser (${clientRendered[1]?.split("\n")[0] ?? "no message"}), expected its content in the page`);
  if (!html.includes("<!--$?-->")) return { html, boundaries: 0 };
  const segments = new Map<string, string>();
  const removals: { start: number; end: number }[] = [];
  for (const el of elements(parseHtml(html, { locations: true }))) {
    const at = el.sourceCodeLocation;
    if (!at) continue;
    const segment = SEGMENT_ID.exec(attr(el, "id") ?? "");
    if (el.tagName === "div" && segment && attr(el, "hidden") !== undefined && at.startTag && at.endTag) {
      segments.set(segment[1]!, html.slice(at.startTag.endOffset, at.endTag.startOffset));
      removals.push({ start: at.startOffset, end: at.endOffset });
    } else if (el.tagName === "script" && attr(el, "src") === undefined) {
      const code = textOf(el).trim();
      if (OTHER_STREAMING.test(code)) throw new Error(`found a streamed-boundary script other than $RC (${code.slice(0, 80)}…), expected only segments moved into place`);
      if (MOVES_SEGMENTS.test(code) || code === REVEAL_CLOCK) removals.push({ start: at.startOffset, end: at.endOffset });
    }
  }
  // React writes segments one after another after the markup, never one inside another.
  removals.sort((a, b) => a.start - b.start);
  removals.forEach((r, i) => {
    if (i > 0 && r.start < removals[i - 1]!.end) throw new Error(`found a streamed segment inside another at offset ${r.start}, expected them one after another`);
  });
  let rest = html;
  for (const { start, end } of removals.toReversed()) rest = rest.slice(0, start) + rest.slice(end);

  const used = new Set<string>();
  const fill = (markup: string): string => {
    const placeholders = new RegExp(PLACEHOLDER.source, "g");
    let out = "";
    let from = 0;
    for (let found = placeholders.exec(markup); found; found = placeholders.exec(markup)) {
      const id = found[1]!;
      const content = segments.get(id);
      if (content === undefined) throw new Error(`found the placeholder of boundary B:${id} with no content (no <div hidden id="S:${id}">), expected each streamed boundary's content in the page`);
      used.add(id);
      // What sits between the template and the boundary's closing marker is its fallback: React's script drops it.
      const close = closingMarker(markup, placeholders.lastIndex, id);
      out += markup.slice(from, found.index) + COMPLETED + fill(content);
      from = placeholders.lastIndex = close;
    }
    return out + markup.slice(from);
  };
  const filled = fill(rest);
  const unused = [...segments.keys()].filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`found content for boundaries ${unused.map((id) => `S:${id}`).join(", ")} with no placeholder, expected each to fill one`);
  if (filled.includes("<!--$?-->")) throw new Error("found a pending boundary with no template to fill, expected every streamed boundary in place");
  return { html: filled, boundaries: used.size };
}

/** Where the boundary whose content starts at `from` closes: its `<!--/$-->`, past any boundaries nested in its fallback. */
function closingMarker(markup: string, from: number, id: string): number {
  const markers = new RegExp(MARKER.source, "g");
  markers.lastIndex = from;
  let depth = 0;
  for (let found = markers.exec(markup); found; found = markers.exec(markup)) {
    if (!found[1]!.startsWith("/")) depth++;
    else if (depth-- === 0) return found.index;
  }
  throw new Error(`found boundary B:${id} with no closing <!--/$-->, expected React's markers around it`);
}

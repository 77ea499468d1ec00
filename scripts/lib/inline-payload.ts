/**
 * The React Server Components payload Next writes into a static page: after the markup, a run of
 * `<script>self.__next_f.push([1,"…"])</script>`, whose strings joined are React's Flight stream,
 * one row after another. A row is `id:` and then either a JSON model ending at a newline (the
 * elements the browser hydrates), another newline-ended row (`I` for a client component's module,
 * `HL` for a hint…), or a row whose length it states (`T` for long text, typed arrays), counted in
 * UTF-8 bytes. This module reads those rows and writes them back in the same form.
 */
import { attr, elements, parseHtml, textOf, type Element } from "./html";

export type Row = { id: string; model: unknown } | { id: string; bytes: Buffer };

export interface InlinePayload {
  /** Where the run of payload scripts starts and ends in the page. */
  start: number;
  end: number;
  rows: Row[];
}

const PUSH = /^self\.__next_f\.push\((.*)\)$/s;
/** Rows that state their length in bytes: text, then typed arrays and binary chunks. */
const SIZED = new Set([..."TAOoUSsLlGgMmVb"]);
const COLON = 0x3a;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * Where the page's payload scripts run and the text chunks they push, or undefined for a page
 * without them. `parsed` is the page's elements with their locations, for a caller that has them.
 */
export function inlinePayloadChunks(html: string, parsed: Element[] = elements(parseHtml(html, { locations: true }))): { start: number; end: number; chunks: string[] } | undefined {
  const pushes: { start: number; end: number; chunk: string }[] = [];
  for (const el of parsed) {
    if (el.tagName !== "script" || attr(el, "src") !== undefined || !el.sourceCodeLocation) continue;
    const call = PUSH.exec(textOf(el));
    if (!call) continue;
    const [kind, chunk] = JSON.parse(call[1]!) as [number, unknown];
    if (kind !== 1 || typeof chunk !== "string") throw new Error(`found a payload chunk of kind ${kind} (${call[1]!.slice(0, 40)}…), expected text chunks ([1, "…"]) only`);
    pushes.push({ start: el.sourceCodeLocation.startOffset, end: el.sourceCodeLocation.endOffset, chunk });
  }
  if (pushes.length === 0) return undefined;
  pushes.forEach((push, i) => {
    if (i > 0 && html.slice(pushes[i - 1]!.end, push.start).trim() !== "") throw new Error(`found markup between the payload's scripts at offset ${push.start}, expected them one after another`);
  });
  return { start: pushes[0]!.start, end: pushes.at(-1)!.end, chunks: pushes.map((p) => p.chunk) };
}

/** The page's inline payload, or undefined for a page without one. Throws, naming what it found, on one it cannot read. */
export function readInlinePayload(html: string): InlinePayload | undefined {
  const inline = inlinePayloadChunks(html);
  if (!inline) return undefined;
  return { start: inline.start, end: inline.end, rows: parseRows(Buffer.from(inline.chunks.join(""), "utf8")) };
}

function parseRows(stream: Buffer): Row[] {
  const rows: Row[] = [];
  let at = 0;
  while (at < stream.length) {
    const colon = stream.indexOf(COLON, at);
    if (colon < 0) throw new Error(`found a payload row without an id at byte ${at}, expected "id:"`);
    const id = stream.subarray(at, colon).toString("utf8");
    const tag = String.fromCharCode(stream[colon + 1]!);
    if (SIZED.has(tag)) {
      const comma = stream.indexOf(COMMA, colon);
      const length = Number.parseInt(stream.subarray(colon + 2, comma).toString("latin1"), 16);
      if (comma < 0 || Number.isNaN(length)) throw new Error(`found row ${id} of kind ${tag} without its length, expected "${tag}<hex length>,"`);
      const end = comma + 1 + length;
      rows.push({ id, bytes: stream.subarray(at, end) });
      at = end;
      continue;
    }
    const newline = stream.indexOf(NEWLINE, colon);
    if (newline < 0) throw new Error(`found row ${id} without its closing newline, expected every row to end`);
    const body = stream.subarray(colon + 1, newline).toString("utf8");
    rows.push(/^[[{"]/.test(body) ? { id, model: JSON.parse(body) } : { id, bytes: stream.subarray(at, newline + 1) });
    at = newline + 1;
  }
  return rows;
}

/** About the size of the chunks Next writes: the browser parses each script in a task of its own. */
const CHUNK_CHARS = 20_000;

/** Next's escaping for JSON inside a script element (server/htmlescape). */
const htmlSafe = (json: string) => json.replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The page with its inline payload replaced by `payload`'s rows, written as Next writes them, split at row ends. */
export function writeInlinePayload(html: string, payload: InlinePayload): string {
  const chunks: string[] = [];
  let chunk = "";
  for (const row of payload.rows) {
    const text = "model" in row ? `${row.id}:${JSON.stringify(row.model)}\n` : row.bytes.toString("utf8");
    if (chunk && chunk.length + text.length > CHUNK_CHARS) {
      chunks.push(chunk);
      chunk = "";
    }
    chunk += text;
  }
  if (chunk) chunks.push(chunk);
  const scripts = chunks.map((c) => `<script>self.__next_f.push(${htmlSafe(JSON.stringify([1, c]))})</script>`).join("");
  return html.slice(0, payload.start) + scripts + html.slice(payload.end);
}

/**
 * Most of a lesson is static markup: paragraphs, lists, tables, figures, sources, rendered once by
 * server components. Yet the page's payload carries every one of those elements again, and on load
 * the browser decodes each into a React element and hydrates each into a fiber, to find them
 * exactly as the HTML already has them.
 * This rewrite marks such markup as static in the payload (never in the HTML): an element whose
 * whole content is static markup keeps its own props but gives its content as
 * `dangerouslySetInnerHTML: { __html: "" }`. React hydrates it as one element, leaves the content
 * the HTML gave it in place (it compares none of it in production), and never writes it again while
 * `__html` stays the same. Rows only that content used are dropped from the payload.
 *
 * Only what a lesson block's server components render is touched: it starts from the boundaries
 * named LESSON_BLOCK and goes down through elements, fragments and the rows they refer to, never
 * into a client component, whose props it may render later or not at all. Content counts as static
 * when it holds only plain elements, text, numbers and plain objects: no client component, no
 * reference to anything else, no element React treats specially (forms, scripts, hoisted tags).
 */
import { LESSON_BLOCK } from "../../lib/lesson-block";
import { readInlinePayload, writeInlinePayload, type Row } from "./inline-payload";

/** Elements whose content React manages itself, or which it hoists, or which take input. */
const NOT_STATIC = new Set(["html", "head", "body", "base", "link", "meta", "title", "style", "script", "noscript", "template", "slot", "form", "button", "input", "textarea", "select", "option", "optgroup", "datalist", "dialog", "iframe", "object", "embed", "video", "audio"]);
/** Content shorter than this (as JSON) costs less to hydrate than to mark static. */
const WORTH_MARKING = 48;
const STATIC_CONTENT = { __html: "" };

type Element = ["$", string, string | null, Record<string, unknown>];

const isElement = (v: unknown): v is Element => Array.isArray(v) && v.length === 4 && v[0] === "$" && typeof v[1] === "string";
const isTag = (type: string) => /^[a-z][a-z0-9-]*$/.test(type);

/** The page with its lesson blocks' static markup marked static in the payload, and how many elements were marked. */
export function staticIslands(html: string): { html: string; islands: number } {
  const payload = readInlinePayload(html);
  if (!payload) return { html, islands: 0 };
  const models = new Map<string, unknown>();
  const texts = new Set<string>();
  for (const row of payload.rows) {
    if ("model" in row) models.set(row.id, row.model);
    else if (row.bytes.toString("latin1", row.id.length + 1, row.id.length + 2) === "T") texts.add(row.id);
  }
  const symbol = (name: string) => [...models].find(([, model]) => model === `$S${name}`)?.[0];
  const suspense = symbol("react.suspense");
  const fragment = symbol("react.fragment");
  if (suspense === undefined) return { html, islands: 0 };

  // A row another row refers to by "$id" (an object) or "$Lid" (a lazily rendered component's output).
  const rowOf = (value: unknown): string | undefined => {
    if (typeof value !== "string") return undefined;
    const ref = /^\$L?([0-9a-f]+)$/.exec(value)?.[1];
    return ref !== undefined && (models.has(ref) || texts.has(ref)) ? ref : undefined;
  };
  const uses = new Map<string, number>();
  const countUses = (value: unknown): void => {
    const ref = rowOf(value);
    if (ref !== undefined) uses.set(ref, (uses.get(ref) ?? 0) + 1);
    else if (Array.isArray(value)) value.forEach(countUses);
    else if (value && typeof value === "object") Object.values(value).forEach(countUses);
  };
  models.forEach(countUses);
  // A row used once, from here: what it holds is part of the content around it.
  const ownRow = (value: unknown) => {
    const ref = rowOf(value);
    return ref !== undefined && uses.get(ref) === 1 ? ref : undefined;
  };
  const isFragment = (v: unknown): v is Element => isElement(v) && fragment !== undefined && v[1] === `$${fragment}`;

  const isStatic = (value: unknown): boolean => {
    if (typeof value === "string") {
      if (!value.startsWith("$") || value.startsWith("$$") || value === "$undefined") return true;
      const ref = ownRow(value);
      return ref !== undefined && (texts.has(ref) || isStatic(models.get(ref)));
    }
    if (value === null || typeof value !== "object") return true;
    if (isFragment(value)) return isStatic(value[3].children);
    if (isElement(value)) return isTag(value[1]) && !NOT_STATIC.has(value[1]) && isStatic(value[3]);
    return Object.values(value).every(isStatic);
  };

  const dropped = new Set<string>();
  const drop = (value: unknown): void => {
    const ref = ownRow(value);
    if (ref !== undefined) {
      dropped.add(ref);
      drop(models.get(ref));
    } else if (Array.isArray(value)) value.forEach(drop);
    else if (value && typeof value === "object") Object.values(value).forEach(drop);
  };

  let islands = 0;
  const mark = (value: unknown): void => {
    const ref = ownRow(value);
    if (ref !== undefined) return mark(models.get(ref));
    if (!Array.isArray(value)) return;
    if (!isElement(value)) return value.forEach(mark);
    const [, type, , props] = value;
    if (type === `$${suspense}` || isFragment(value)) return mark(props.children);
    if (!isTag(type) || props.children === undefined) return; // a client component: its props are its own
    if (!NOT_STATIC.has(type) && isStatic(props) && JSON.stringify(props.children).length >= WORTH_MARKING) {
      drop(props.children);
      delete props.children;
      props.dangerouslySetInnerHTML = STATIC_CONTENT;
      islands++;
      return;
    }
    mark(props.children);
  };
  const findBlocks = (value: unknown): void => {
    if (isElement(value) && value[1] === `$${suspense}` && value[3].name === LESSON_BLOCK) return mark(value[3].children);
    if (Array.isArray(value)) value.forEach(findBlocks);
    else if (value && typeof value === "object") Object.values(value).forEach(findBlocks);
  };
  models.forEach(findBlocks);
  if (islands === 0) return { html, islands: 0 };
  const rows: Row[] = payload.rows.filter((row) => !dropped.has(row.id));
  return { html: writeInlinePayload(html, { ...payload, rows }), islands };
}

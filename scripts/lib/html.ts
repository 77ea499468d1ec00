/**
 * A thin layer over parse5 (the spec-compliant parser jsdom uses): parse a page, walk its elements,
 * read attributes and text. The build checks need exactly what a browser would see, not a regex guess.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";

export type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** The parsed page; with `locations`, each element also says where in `html` it starts and ends. */
export function parseHtml(html: string, { locations = false } = {}): DefaultTreeAdapterMap["document"] {
  return parse(html, { sourceCodeLocationInfo: locations });
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function childrenOf(node: Node): Node[] {
  // <template> keeps its children in a separate fragment.
  if (isElement(node) && node.tagName === "template") return (node as DefaultTreeAdapterMap["template"]).content.childNodes;
  return "childNodes" in node ? (node as ParentNode).childNodes : [];
}

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) found.push(node);
    stack.push(...childrenOf(node).slice().reverse());
  }
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Elements that start a line of their own: their text never runs into the text beside them. */
const BLOCKS = new Set(["address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "label", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"]);

/**
 * The concatenated text of every text node under `node`, as a reader sees it: a block element's
 * text is set apart by a space (an option's last word never runs into the next option's letter).
 * `skip` prunes subtrees (e.g. scripts).
 */
export function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (isElement(node) && skip(node)) return "";
  const text = childrenOf(node)
    .map((child) => textOf(child, skip))
    .join("");
  return isElement(node) && BLOCKS.has(node.tagName) ? ` ${text} ` : text;
}

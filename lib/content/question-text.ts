/**
 * The text of a question as its saved answers are keyed (see the question hash in load.ts): the
 * words only, so that reflowing a line, doubling a space, or adding emphasis, code marks or a
 * citation keeps learners' answers, while any change of wording drops them.
 */
import type { Nodes } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";

/** The nodes' text with every run of whitespace as one space. */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => toString(node))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Everything a QuickCheck asks besides its options and explanation: the prompt and any code or list with it. */
export function stemText(question: MdxJsxFlowElement | MdxJsxTextElement): string {
  const isPart = (node: Nodes) => (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && (node.name === "Option" || node.name === "Explanation");
  return plainText((question.children as Nodes[]).filter((child) => !isPart(child)));
}

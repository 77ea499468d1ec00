/**
 * GFM turns bare addresses into links: `jdoe@example.com` becomes a mailto: link. In a lesson those
 * are example identifiers, not contacts, and a link inside a heading is a second target in the
 * table of contents. So e-mail autolinks become plain text everywhere, and any link whose text is
 * just its address becomes plain text inside headings. Links written as [text](url) are kept.
 */
import type { Link, Parent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

function isBareAddress(link: Link): boolean {
  const text = toString(link);
  return link.url === text || link.url === `mailto:${text}` || link.url === `http://${text}` || link.url === `https://${text}`;
}

export function remarkNoAutolinks() {
  return (tree: Root) => {
    const inHeading = new Set<Parent>();
    visit(tree, "heading", (heading) => {
      visit(heading, (node) => {
        if ("children" in node) inHeading.add(node as Parent);
      });
    });
    visit(tree, "link", (link, index, parent) => {
      if (!parent || index === undefined || !isBareAddress(link)) return;
      if (!link.url.startsWith("mailto:") && !inHeading.has(parent)) return;
      parent.children.splice(index, 1, ...(link.children as Parent["children"]));
      return [SKIP, index];
    });
  };
}

import { Children, isValidElement, type ReactNode } from "react";

/**
 * MDX wraps text in <p>; a legend or label may hold only phrasing content, so the paragraphs'
 * contents are lifted out (joined by a space) for those places.
 */
export function unwrapParagraphs(node: ReactNode): ReactNode[] {
  return Children.toArray(node).flatMap((child, i) => {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === "p") {
      return i > 0 ? [" ", child.props.children] : [child.props.children];
    }
    return typeof child === "string" && child.trim() === "" ? [] : [child];
  });
}

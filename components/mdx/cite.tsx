import { Fragment } from "react";
import { citedIds, sourceAnchor } from "@/lib/content/citations";

export interface CiteProps {
  /** One or more source ids, separated by spaces. */
  src: string;
  /** Bound by the registry: the lesson's source ids in the order the Sources list numbers them. */
  sources: readonly string[];
}

/**
 * A numbered citation such as [1, 3]: plain in-page links to the items of the Sources list, so it
 * works without JavaScript. Each link is named "Source n" for screen readers; the brackets (drawn
 * by app/globals.css) and commas are decoration. Each link's box is at least 24×24 px while negative
 * margins keep the line's height and the numbers close together (boxes touch, never overlap), so a
 * citation is easy to hit without spreading the paragraph's lines or the brackets apart. The markup
 * is kept to one element a number: a lesson carries hundreds of citations.
 */
export function Cite({ src, sources }: CiteProps) {
  const refs = [...new Set(citedIds(src))]
    .map((id) => ({ id, number: sources.indexOf(id) + 1 }))
    .filter((ref) => ref.number > 0)
    .sort((a, b) => a.number - b.number);
  if (refs.length === 0) return null;
  return (
    <sup data-cite="">
      {refs.map((ref, i) => (
        <Fragment key={ref.id}>
          {i > 0 && <span aria-hidden="true">,</span>}
          <a href={`#${sourceAnchor(ref.id)}`} aria-label={`Source ${ref.number}`}>
            {ref.number}
          </a>
        </Fragment>
      ))}
    </sup>
  );
}

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
 * works without JavaScript. Each link is named "Source n" for screen readers; the brackets and
 * commas are decoration. Each link's box is at least 24×24 px while negative margins keep the
 * line's height and the numbers close together (boxes touch, never overlap), so a citation is easy
 * to hit without spreading the paragraph's lines or the brackets apart.
 */
export function Cite({ src, sources }: CiteProps) {
  const refs = [...new Set(citedIds(src))]
    .map((id) => ({ id, number: sources.indexOf(id) + 1 }))
    .filter((ref) => ref.number > 0)
    .sort((a, b) => a.number - b.number);
  if (refs.length === 0) return null;
  return (
    <sup data-cite className="ml-0.5 font-semibold whitespace-nowrap text-muted">
      <span aria-hidden="true">[</span>
      {refs.map((ref, i) => (
        <Fragment key={ref.id}>
          {i > 0 && <span aria-hidden="true">,</span>}
          <a
            href={`#${sourceAnchor(ref.id)}`}
            className="-mx-0.5 -my-2 inline-block min-w-6 py-2 text-center leading-none no-underline hover:underline"
          >
            <span className="sr-only">Source </span>
            {ref.number}
          </a>
        </Fragment>
      ))}
      <span aria-hidden="true">]</span>
    </sup>
  );
}

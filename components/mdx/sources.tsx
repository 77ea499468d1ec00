import { Library } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { sourceAnchor } from "@/lib/content/citations";

/**
 * The numbered source list; links open the vendor's page, with no referrer or opener, and a source's
 * quotes (the page's own words the lesson relies on) follow its link. Each item is
 * the target of the citations that name it (`#source-<id>`) and is highlighted while it is; the
 * root's scroll-padding keeps it clear of the sticky header.
 */
export function Sources({ entries }: { entries: Frontmatter["sources"] }) {
  return (
    <section id="sources" aria-labelledby="sources-title" className="mt-16">
      <h2 id="sources-title" className="text-xl font-bold">
        <Library aria-hidden="true" className={LEAD_ICON} />Sources
      </h2>
      {/* Room for a two-digit number and its full stop inside the column, clear of the screen's edge. */}
      <ol className="mt-3 list-decimal space-y-2 pl-9">
        {entries.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} className="-mx-2 rounded-md px-2 py-0.5 target:bg-accent-soft target:outline-2 target:outline-accent">
            {s.publisher} — {s.title}.{" "}
            <a href={s.url} rel="noopener noreferrer" target="_blank" className="break-words text-accent underline underline-offset-4">
              {s.url.replace(/^https:\/\//, "").replace(/\/$/, "/")}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
            {s.quotes.length > 0 && (
              <ul aria-label="What the page says" className="mt-1 space-y-1 text-sm text-muted [overflow-wrap:anywhere]">
                {s.quotes.map((quote) => (
                  <li key={quote}>
                    <q>{quote}</q>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

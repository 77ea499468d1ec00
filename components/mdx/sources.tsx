import type { Frontmatter } from "@/lib/content/frontmatter";

/** The numbered source list; links open the vendor's page, with no referrer or opener. */
export function Sources({ entries }: { entries: Frontmatter["sources"] }) {
  return (
    <section id="sources" aria-labelledby="sources-title" className="mt-16">
      <h2 id="sources-title" className="text-xl font-bold">
        <span aria-hidden="true">📚 </span>Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {entries.map((s) => (
          <li key={s.url}>
            {s.publisher} — {s.title}.{" "}
            <a href={s.url} rel="noopener noreferrer" target="_blank" className="break-words text-accent underline underline-offset-4">
              {s.url.replace(/^https:\/\//, "").replace(/\/$/, "/")}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { BookA } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { Frontmatter } from "@/lib/content/frontmatter";

/** The glossary as a definition list. */
export function Glossary({ entries }: { entries: Frontmatter["glossary"] }) {
  return (
    <section id="glossary" aria-labelledby="glossary-title" className="mt-16">
      <h2 id="glossary-title" className="text-xl font-bold">
        <BookA aria-hidden="true" className={LEAD_ICON} />Glossary
      </h2>
      <dl className="mt-3 divide-y divide-line-soft rounded-xl border border-line-soft bg-surface">
        {entries.map((e) => (
          <div key={e.term} className="px-4 py-3">
            <dt className="font-semibold">{e.term}</dt>
            <dd className="mt-0.5 text-muted">{e.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { ReactNode } from "react";

/** A step-by-step demo between two systems (server fallback: the steps as an ordered list). */
export function Demo({ id, title, source, target, children }: { id: string; title: string; source: string; target: string; children?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-demo className="my-10 rounded-xl border-2 border-accent/50 bg-surface p-5">
      <h3 id={`${id}-title`} className="!mt-0 text-lg font-bold">
        <span aria-hidden="true">▶ </span>
        {title}
      </h3>
      <p className="sr-only">
        A demo between {source} and {target}.
      </p>
      <ol className="!pl-0">{children}</ol>
    </section>
  );
}

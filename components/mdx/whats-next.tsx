import type { Frontmatter } from "@/lib/content/frontmatter";
import { site } from "@/lib/site";

export function WhatsNext({ next }: { next: NonNullable<Frontmatter["next"]> }) {
  return (
    <section id="whats-next" aria-labelledby="whats-next-title" className="mt-16 rounded-xl bg-accent-soft p-5">
      <h2 id="whats-next-title" className="text-xl font-bold">What&apos;s next?</h2>
      <p className="mt-1 font-semibold">
        {/* A SCORM package holds only this lesson: a link to another page of the site would leave it. */}
        {next.href && !(site.packaged && next.href.startsWith("/")) ? (
          /^https?:\/\//.test(next.href) ? (
            <a href={next.href} rel="noopener noreferrer" target="_blank" className="text-accent underline underline-offset-4">
              {next.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <a href={next.href} className="text-accent underline underline-offset-4">{next.title}</a>
          )
        ) : (
          next.title
        )}
      </p>
      <p className="mt-1">{next.description}</p>
    </section>
  );
}

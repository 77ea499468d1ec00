import type { Frontmatter } from "@/lib/content/frontmatter";

/** "In your own words" (server fallback: the prompt, a textarea, the expert version behind a disclosure). */
export function OwnWords({ ownWords }: { ownWords: NonNullable<Frontmatter["ownWords"]> }) {
  return (
    <section id="own-words" aria-labelledby="own-words-title" className="mt-16">
      <h2 id="own-words-title" className="text-xl font-bold">
        <span aria-hidden="true">🧠 </span>In your own words
      </h2>
      <p className="mt-1">{ownWords.prompt}</p>
      <label htmlFor="own-words-line" className="mt-3 block text-sm font-semibold">Your one line</label>
      <textarea id="own-words-line" rows={2} className="mt-1 w-full rounded-lg border border-line bg-surface p-3" />
      <details className="mt-2">
        <summary className="cursor-pointer text-accent">Compare with the expert version</summary>
        <p className="mt-2">{ownWords.expert}</p>
      </details>
    </section>
  );
}

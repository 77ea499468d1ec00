import { PenLine } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { OwnWordsForm } from "./own-words-form";

/** "In your own words": the prompt, then a one-line box compared with the expert version. */
export function OwnWords({ ownWords, sections }: { ownWords: NonNullable<Frontmatter["ownWords"]>; sections: { id: string; short: string }[] }) {
  return (
    <section id="own-words" aria-labelledby="own-words-title" className="mt-16">
      <h2 id="own-words-title" className="text-xl font-bold">
        <PenLine aria-hidden="true" className={LEAD_ICON} />In your own words
      </h2>
      <p className="mt-1">{ownWords.prompt}</p>
      <OwnWordsForm
        expert={ownWords.expert}
        keyPoints={ownWords.keyPoints}
        misconceptions={ownWords.misconceptions.map((m) => ({ ...m, sectionName: sections.find((s) => s.id === m.section)?.short ?? m.section }))}
      />
    </section>
  );
}

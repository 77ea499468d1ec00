import { Brain } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import { Children, isValidElement, type ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { plural } from "@/lib/plural";
import { countWord } from "@/lib/scoring";

/** The default intro, counted from the questions: "…We answer all three inside the lesson." */
function defaultIntro(n: number): string {
  if (n === 1) return "Just notice whether it makes you pause. We answer it inside the lesson.";
  return `Just notice which ones make you pause. We answer ${n === 2 ? "both" : `all ${countWord(n)}`} inside the lesson.`;
}

/** Warm-up questions with no score; each says where in the lesson it is answered. */
export function WarmUp({ title, intro, children }: AttributesOf<"WarmUp"> & { children?: ReactNode }) {
  const count = Children.toArray(children).filter((child) => isValidElement<{ section?: unknown }>(child) && typeof child.props.section === "string").length;
  return (
    <section id="warm-up" aria-labelledby="warm-up-title" className="mt-10 rounded-xl border border-line-soft bg-surface p-5">
      <h2 id="warm-up-title" className="text-lg font-bold">
        <Brain aria-hidden="true" className={LEAD_ICON} />
        {title ?? `Warm-up — ${plural(count, "question")}, no score`}
      </h2>
      <p className="mt-1 text-muted">{intro ?? defaultIntro(count)}</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">{children}</ol>
    </section>
  );
}

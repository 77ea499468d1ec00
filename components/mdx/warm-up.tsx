import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";

/** Warm-up questions with no score; each says where in the lesson it is answered. */
export function WarmUp({
  title = "Warm-up — 3 questions, no score",
  intro = "Just notice which ones make you pause. We answer all three inside the lesson.",
  children,
}: AttributesOf<"WarmUp"> & { children?: ReactNode }) {
  return (
    <section id="warm-up" aria-labelledby="warm-up-title" className="mt-10 rounded-xl border border-line-soft bg-surface p-5">
      <h2 id="warm-up-title" className="text-lg font-bold">
        <span aria-hidden="true">🧠 </span>
        {title}
      </h2>
      <p className="mt-1 text-muted">{intro}</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">{children}</ol>
    </section>
  );
}

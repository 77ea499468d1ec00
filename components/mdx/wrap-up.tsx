import type { ReactNode } from "react";

/** The wrap-up assessment: the remaining questions, scored together with the inline ones. */
export function WrapUp({ title = "Wrap-up assessment", total, inline, children }: { title?: string; total: number; inline: number; children?: ReactNode }) {
  const left = total - inline;
  return (
    <section id="wrap-up" aria-labelledby="wrap-up-title" className="mt-16">
      <h2 id="wrap-up-title" className="text-2xl font-bold tracking-tight">
        <span aria-hidden="true">📝 </span>
        {title}
      </h2>
      <p className="mt-2">
        {inline} questions are inline in the sections and {left} are below. 70% ({Math.ceil(total * 0.7)} of {total}) marks the lesson complete on your profile.
        Tap <strong>Submit all answers</strong> at the end.
      </p>
      {children}
    </section>
  );
}

import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";

const CIRCLED = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫"];

export type SectionProps = AttributesOf<"Section"> & {
  /** Injected by the content pipeline: 1-based position among the lesson's sections. */
  number?: string;
  children?: ReactNode;
}

/** A numbered lesson section; its id is the target of path cards and warm-up links. */
export function Section({ id, title, number = "1", children }: SectionProps) {
  const n = Number(number);
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-section={id} className="mt-16 first:mt-10">
      <h2 id={`${id}-title`} className="flex items-baseline gap-2.5 text-2xl leading-tight font-bold tracking-tight sm:text-[1.7rem]">
        <span aria-hidden="true" className="text-accent">{CIRCLED[n - 1] ?? `${n}.`}</span>
        <span>
          <span className="sr-only">Section {n}: </span>
          {title}
        </span>
      </h2>
      <div className="prose-lesson mt-4">{children}</div>
      {/* Reaching this marker counts the section as read (XP). */}
      <div data-section-end aria-hidden="true" className="h-px" />
    </section>
  );
}

import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { infographics } from "@/components/infographics";
import { InView } from "@/components/infographics/in-view";

export type InfographicProps = AttributesOf<"Infographic"> & {
  /** Injected by the content pipeline: "Figure n". */
  number?: string;
  children?: ReactNode;
};

/** A numbered figure: a hand-built SVG with its caption. */
export function Infographic({ name, title, number = "1", children }: InfographicProps) {
  const Art = infographics[name];
  return (
    <figure data-figure={name} className="my-8 rounded-xl border border-line-soft bg-surface p-3 sm:p-5">
      <InView />
      <Art title={title} />
      <figcaption className="mt-3 text-sm text-muted [&>p]:m-0">
        <span className="font-semibold text-ink">
          Figure {number} — {title}.
        </span>{" "}
        {children}
      </figcaption>
    </figure>
  );
}

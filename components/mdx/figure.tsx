import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";

export type FigureProps = AttributesOf<"Figure"> & {
  /** Injected by the content pipeline: "Figure n", counted with the infographics. */
  number?: string;
  /** Injected from the file when its size can be read, so the page reserves the space. */
  width?: string;
  height?: string;
  children?: ReactNode;
};

/** A numbered figure of the lesson's own: an image or SVG file from public/, with its caption. */
export function Figure({ src, alt, caption, number = "1", width, height, children }: FigureProps) {
  return (
    <figure data-figure="image" className="my-8 rounded-xl border border-line-soft bg-surface p-3 sm:p-5">
      {/* A static export has no image optimiser: the file is served as the author made it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="mx-auto block h-auto max-w-full" />
      <figcaption className="mt-3 text-sm text-muted [&>p]:m-0">
        <span className="font-semibold text-ink">
          Figure {number} — {caption.replace(/[.!?]$/, "")}.
        </span>
        {children ? <> {children}</> : null}
      </figcaption>
    </figure>
  );
}

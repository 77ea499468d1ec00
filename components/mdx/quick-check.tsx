import type { ReactNode } from "react";

export interface QuickCheckProps {
  id: string;
  correct: string;
  bloom: string;
  /** Injected by the content pipeline. */
  number?: string;
  total?: string;
  section?: string;
  children?: ReactNode;
}

/** A scored question (server fallback: the question, its options, and the answer behind a disclosure). */
export function QuickCheck({ id, bloom, number, total, children }: QuickCheckProps) {
  return (
    <fieldset id={id} className="my-8 rounded-xl border border-line-soft bg-surface p-5">
      <legend className="sr-only">Q{number}</legend>
      <p className="!my-0 text-xs font-semibold tracking-wider text-muted uppercase">
        Quick check · Q{number} of {total} · {bloom}
      </p>
      <div className="[&>p:first-child]:mt-2 [&>p:first-child]:font-semibold">{children}</div>
    </fieldset>
  );
}

import type { ReactNode } from "react";

/**
 * One answer option. QuickCheck reads its props (the injected `letter`, the text) and renders it
 * as a radio; rendered on its own it shows the letter and the text.
 */
export function Option({ letter, children }: { letter?: string; children?: ReactNode }) {
  return (
    <div className="my-1.5 [&>p]:inline">
      <strong>{letter}.</strong> {children}
    </div>
  );
}

import type { ReactNode } from "react";

/** A grid of flip cards; each card gets its "n of total" from the content pipeline. */
export function FlipCards({ children }: { children?: ReactNode }) {
  return (
    <ul aria-label="Key terms — flip cards" className="my-8 grid list-none gap-3 !pl-0 sm:grid-cols-2">
      {children}
    </ul>
  );
}

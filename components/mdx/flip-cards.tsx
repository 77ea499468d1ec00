import type { ReactNode } from "react";

/** A grid of flip cards. */
export function FlipCards({ children }: { children?: ReactNode }) {
  return <ul className="my-8 grid list-none gap-3 !pl-0 sm:grid-cols-2">{children}</ul>;
}

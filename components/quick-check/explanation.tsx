import type { ReactNode } from "react";

/**
 * Why the right answer is right. QuickCheck takes its children and shows them after the answer is
 * checked (or submitted), after "Correct: x."; rendered on its own it is a plain block.
 */
export function Explanation({ children }: { children?: ReactNode }) {
  return <div className="mt-2">{children}</div>;
}

import type { ReactNode } from "react";

export function Explanation({ children }: { children?: ReactNode }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-accent">Show the answer</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

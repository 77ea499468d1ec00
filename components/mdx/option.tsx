import type { ReactNode } from "react";

export function Option({ letter, children }: { letter?: string; children?: ReactNode }) {
  return (
    <div className="my-1.5 [&>p]:inline">
      <strong>{letter}.</strong> {children}
    </div>
  );
}

import type { ReactNode } from "react";

/** A path through an admin console, e.g. "Admin Console ▸ Applications ▸ … ▸ To App". */
export function ConsolePath({ children }: { children?: ReactNode }) {
  return (
    <div className="my-3 overflow-x-auto rounded-md border border-line-soft bg-surface-2 px-3 py-2 font-mono text-sm [&>p]:my-0">
      <span className="sr-only">Console path: </span>
      {children}
    </div>
  );
}

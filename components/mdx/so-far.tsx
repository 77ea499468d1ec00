import type { ReactNode } from "react";

/** The running summary at the end of a section: "👉 So far: …". */
export function SoFar({ children }: { children?: ReactNode }) {
  return (
    <div data-so-far className="my-6 rounded-lg bg-surface-2 px-4 py-3 [&>p]:my-0">
      <p className="!mb-1 text-sm font-bold">
        <span aria-hidden="true">👉 </span>So far
      </p>
      {children}
    </div>
  );
}

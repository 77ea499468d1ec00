import type { ReactNode } from "react";

/** One flip card (server fallback: front and back both readable). */
export function FlipCard({ icon, title, children }: { icon: string; title: string; children?: ReactNode }) {
  return (
    <li className="!my-0 rounded-xl border border-line-soft bg-surface p-4">
      <p className="!my-0 text-lg font-bold">
        <span aria-hidden="true">{icon} </span>
        {title}
      </p>
      <div className="mt-2 text-[0.95rem] [&>p]:my-0">{children}</div>
    </li>
  );
}

import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";

/** "Pick where you want to start": a grid of PathCard links to the sections. */
export function PathCards({ title = "Pick where you want to start", children }: AttributesOf<"PathCards"> & { children?: ReactNode }) {
  return (
    <section id="start" aria-labelledby="start-title" className="mt-10">
      <h2 id="start-title" className="text-lg font-bold">{title}</h2>
      <ol className="mt-3 grid gap-3 sm:grid-cols-2">{children}</ol>
    </section>
  );
}

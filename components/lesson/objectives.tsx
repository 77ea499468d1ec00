import { Target } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
export function Objectives({ items }: { items: string[] }) {
  return (
    <section id="objectives" aria-labelledby="objectives-title">
      <h2 id="objectives-title" className="text-lg font-bold">
        <Target aria-hidden="true" className={LEAD_ICON} />By the end you will be able to
      </h2>
      <ul className="mt-2 space-y-1.5">
        {items.map((item) => (
          <li key={item} className="flex gap-2.5">
            <span aria-hidden="true" className="mt-[0.55em] size-2 shrink-0 rounded-full bg-accent" />
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

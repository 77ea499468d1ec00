import type { Level } from "@/lib/content/vocabulary";

/** "Interactive · L1 / L2 / L3" as small tags. */
export function LevelTags({ levels }: { levels: Level[] }) {
  return (
    <ul aria-label="Format and levels" className="flex flex-wrap gap-2 text-xs font-semibold">
      <li className="rounded-full bg-accent-soft px-2.5 py-1 text-ink">Interactive</li>
      <li className="rounded-full border border-line-soft bg-surface px-2.5 py-1 text-muted">
        <span className="sr-only">Reading levels </span>
        {levels.join(" / ")}
      </li>
    </ul>
  );
}

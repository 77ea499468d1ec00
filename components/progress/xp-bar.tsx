import type { ReactNode } from "react";

/**
 * An XP progress bar: role="progressbar" named "XP". `xp` null means not known yet (before saved
 * progress is read): the bar is empty and has no value, instead of a wrong 0 that then jumps.
 * Its width is fixed so the header never shifts; on the narrowest phones only the number shows.
 * Hidden without JavaScript, where progress can be neither read nor saved.
 */
export interface XpBarProps {
  /** 0–100, or null while unknown. */
  xp: number | null;
  /** The accessible name; "XP" in the header, "XP: <title>" on the index where there are several. */
  label?: string;
  /** The icon before "XP", rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}

export function XpBar({ xp, label = "XP", icon }: XpBarProps) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={xp ?? undefined}
      aria-valuetext={xp === null ? undefined : `${xp}%`}
      data-xp={xp ?? ""}
      className="js-only flex shrink-0 items-center gap-1.5 text-sm font-semibold text-ink"
    >
      <span aria-hidden="true">
        {icon} XP
      </span>
      <span aria-hidden="true" className="hidden h-2 w-16 overflow-hidden rounded-full border border-line-soft bg-surface-2 min-[400px]:block sm:w-24">
        <span className="block h-full rounded-full bg-accent transition-[width] duration-500 motion-reduce:transition-none" style={{ width: `${xp ?? 0}%` }} />
      </span>
      <span aria-hidden="true" className="w-[4ch] text-right tabular-nums">
        {xp === null ? "–" : `${xp}%`}
      </span>
    </div>
  );
}

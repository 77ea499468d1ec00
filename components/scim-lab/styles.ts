/** Class lists shared by the lab's parts, built from the theme tokens in app/globals.css. */
export const panel = "rounded-lg border border-line-soft bg-surface-2 p-3 sm:p-4";
export const panelTitle = "text-lg font-bold";
export const button =
  "inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-3 text-[0.95rem] font-semibold text-ink hover:border-accent aria-disabled:opacity-60";
export const primary = "inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-semibold text-on-accent aria-disabled:opacity-60";
export const field = "mt-1 block min-h-11 w-full rounded-lg border border-line bg-surface px-2 text-ink";
export const code = "scim-lab-code mt-1 rounded-md border border-line-soft bg-surface p-2 font-mono text-[0.8rem] leading-relaxed";

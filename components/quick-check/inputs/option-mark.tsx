/**
 * The words after an option once the answer shows: a separate phrase for screen readers too
 * ("…on a schedule — right answer", never "schedule✓"), coloured by whether it is good news.
 */
export function OptionMark({ tone, symbol, children }: { tone: "right" | "wrong"; symbol: string; children: string }) {
  return (
    <span data-mark={children} className={`text-sm font-semibold whitespace-nowrap ${tone === "right" ? "text-success" : "text-danger"}`}>
      {" "}
      <span className="sr-only">— </span>
      <span aria-hidden="true">{symbol} </span>
      {children}
    </span>
  );
}

/** The border and background of an option box for what it shows. */
export function optionTone({ reveal, right, chosen }: { reveal: boolean; right: boolean; chosen: boolean }): string {
  if (reveal && right) return "border-success bg-success-soft";
  if (reveal && chosen) return "border-danger bg-danger-soft";
  return chosen ? "border-accent bg-accent-soft" : "border-line-soft";
}

export const OPTION_BOX =
  "flex min-h-11 items-start gap-3 rounded-lg border px-3 py-2.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus";

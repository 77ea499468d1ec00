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

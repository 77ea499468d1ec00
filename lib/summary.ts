/**
 * The "Teach a friend" summary: a few paste-ready lines built from the lesson's own content
 * (title, its quick answer's first sentence, each section's "So far" line and the link).
 */
export interface SummaryInput {
  title: string;
  url: string;
  sections: { number: number; short: string }[];
  soFar: string[];
}

/** A "So far" line that opens with its own label ("Outbound (To App): Okta is master…"). */
const LABELLED = /^[^:.;]{1,40}:\s/;

export function teachSummary({ title, url, sections, soFar }: SummaryInput): string {
  // A line with its own label keeps it instead of being prefixed with the section's: no doubled labels.
  const lines = sections.map((s, i) => {
    const line = soFar[i] ?? "";
    return (LABELLED.test(line) ? `${s.number}. ${line}` : `${s.number}. ${s.short}: ${line}`).trim();
  });
  return [`${title} — in ${sections.length} point${sections.length === 1 ? "" : "s"}:`, ...lines, `Learn it here: ${url}`].join("\n");
}

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

export function teachSummary({ title, url, sections, soFar }: SummaryInput): string {
  const lines = sections.map((s, i) => `${s.number}. ${s.short}: ${soFar[i] ?? ""}`.trim());
  return [`${title} — in ${sections.length} point${sections.length === 1 ? "" : "s"}:`, ...lines, `Learn it here: ${url}`].join("\n");
}

/**
 * The lesson's own passages, read from the page when the tutor opens: every paragraph and list
 * item of each section (and the flip cards' terms), with the reading level that shows it. Read
 * from the DOM rather than shipped with the page, so the search costs no first-load bytes.
 */
import type { TutorDoc } from "@/lib/tutor-search";

const SKIP = "fieldset, [data-demo], [data-flip-card], [data-code-block], [data-retry-slot], [data-section-end]";

function levelOf(element: Element): TutorDoc["level"] {
  const passage = element.closest<HTMLElement>("[data-level-min], [data-level-max]");
  if (!passage) return null;
  if (passage.dataset.levelMax === "L1") return "L1";
  if (passage.dataset.levelMin === "L3") return "L3";
  return null;
}

/** A plain flip card reads "Term: definition" (its icon left out); anything else, its text. */
function textOf(element: Element): string {
  if (!element.matches("[data-flip-card-plain]")) return element.textContent ?? "";
  const term = element.querySelector("p")?.lastChild?.textContent ?? "";
  return `${term}: ${element.querySelector("div")?.textContent ?? ""}`;
}

export function pagePassages(sections: readonly { id: string }[]): TutorDoc[] {
  const docs: TutorDoc[] = [];
  for (const { id } of sections) {
    const root = document.querySelector(`[data-section="${CSS.escape(id)}"]`);
    if (!root) continue;
    for (const element of root.querySelectorAll("[data-flip-card-plain], .prose-lesson p, .prose-lesson li")) {
      if (element.closest(SKIP) || (element.matches("li") && element.querySelector(SKIP))) continue;
      if (!element.matches("[data-flip-card-plain]") && element.parentElement?.closest("li, [data-flip-card-plain]")) continue;
      const text = textOf(element).replace(/\s+/g, " ").trim();
      if (text.split(" ").length < 5) continue;
      // No title: the section's name would lend every passage in it the question's boost.
      docs.push({ id: `p${docs.length}`, kind: "passage", title: "", text, section: id, level: levelOf(element) });
    }
  }
  return docs;
}

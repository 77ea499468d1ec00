/**
 * The starter's placeholders (`npm run new-lesson`): every text the author must replace starts with
 * `TODO:`, and its source points at example.org, a domain reserved for examples (RFC 2606) that no
 * lesson can cite. `npm run dev` shows a lesson that still has them, so the author can preview it;
 * `npm run check-content` and `npm run build` refuse it, one problem per placeholder.
 */
import type { Problem } from "./problems";

export const PLACEHOLDER_MARK = "TODO:";

/** The starter's source address; any address on a reserved example domain counts. */
export const PLACEHOLDER_URL = "https://example.org/the-page-you-cite";

const EXAMPLE_HOST = /^https?:\/\/([a-z0-9-]+\.)*example\.(org|com|net)(?=[/:?#]|$)/i;

/** One problem for each line with a placeholder, in the `file:line: found …, expected …` form. */
export function placeholderProblems(file: string, raw: string): Problem[] {
  const problems: Problem[] = [];
  const lines = raw.split("\n");
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  lines.forEach((line, i) => {
    const inFrontmatter = i < close;
    const url = inFrontmatter ? /^\s*(?:-\s+)?url:\s*["']?([^"'\s]+)/.exec(line)?.[1] : undefined;
    if (url && EXAMPLE_HOST.test(url)) {
      problems.push({
        file,
        line: i + 1,
        placeholder: true,
        message: `found the starter's placeholder address ${url} (example.org, .com and .net are reserved for examples), expected the https address of the page this source is`,
      });
      return;
    }
    const at = line.indexOf(PLACEHOLDER_MARK);
    if (at < 0) return;
    const text = line.slice(at).replace(/["'>]+\s*$/, "").trim();
    problems.push({
      file,
      line: i + 1,
      placeholder: true,
      message: `found the starter's placeholder "${text.length > 70 ? `${text.slice(0, 67)}…` : text}", expected your own text in its place, without "${PLACEHOLDER_MARK}"`,
    });
  });
  return problems;
}

/** The line printed after the problems when some are placeholders. */
export function placeholderNote(count: number): string {
  return `${count} of them ${count === 1 ? "is a starter placeholder" : "are starter placeholders"}: npm run dev previews the lesson as it is; npm run build refuses it until ${count === 1 ? "it is" : "they are"} replaced.`;
}

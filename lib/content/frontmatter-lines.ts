/**
 * Finds the line of a frontmatter field in the raw file, so that a frontmatter problem points at
 * the line to fix, as a body problem does. YAML is not parsed again here: lessons write frontmatter
 * in block style (`key:` lines, list items as `- `). When a step of the path cannot be found (an
 * inline list such as `levels: [L1, L4]`, or a field that is missing), the line of the deepest part
 * that was found is returned; a missing top-level field has no line.
 */

interface Range {
  from: number;
  to: number;
  /** The column keys must start at; list items of an entry put their first key after `- `. */
  column: number;
}

/** The 1-based line of `path` (e.g. ["glossary", 1, "term"]) in the raw file, or undefined. */
export function frontmatterLine(raw: string, path: readonly PropertyKey[]): number | undefined {
  const lines = raw.split("\n");
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  let range: Range = { from: 1, to: close > 0 ? close : lines.length, column: 0 };
  let found: number | undefined;
  for (const step of path) {
    const hit = typeof step === "number" ? findItem(lines, range, step) : findKey(lines, range, String(step));
    if (!hit) break;
    found = hit.from + 1;
    range = hit;
  }
  return found;
}

function findKey(lines: string[], range: Range, key: string): Range | undefined {
  for (let i = range.from; i < range.to; i++) {
    const m = /^(\s*)(- )?([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? "");
    if (!m || m[3] !== key) continue;
    const column = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (column !== range.column) continue;
    return { from: i, to: endOfBlock(lines, i, column, range.to), column: column + 2 };
  }
  return undefined;
}

function findItem(lines: string[], range: Range, index: number): Range | undefined {
  let dash = -1;
  let count = -1;
  for (let i = range.from + 1; i < range.to; i++) {
    const m = /^(\s*)- /.exec(lines[i] ?? "");
    if (!m) continue;
    const column = m[1]?.length ?? 0;
    if (dash < 0) dash = column;
    if (column !== dash) continue;
    count += 1;
    if (count === index) return { from: i, to: endOfBlock(lines, i, dash, range.to), column: dash + 2 };
  }
  return undefined;
}

/** The first line after `start` that is no longer inside the field or item that starts there. */
function endOfBlock(lines: string[], start: number, column: number, limit: number): number {
  for (let i = start + 1; i < limit; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    // A list may sit at its key's own column (`key:` then `- item`); a new key or item there ends it.
    if (indent < column || (indent === column && !(isItem(line) && !isItem(lines[start] ?? "")))) return i;
  }
  return limit;
}

function isItem(line: string): boolean {
  return /^\s*- /.test(line);
}

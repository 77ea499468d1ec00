/**
 * YAML and MDX syntax errors in words an author can act on: the line of the mistake (not the line
 * where the parser noticed it) and the fix. Anything not recognised keeps the parser's own words.
 */

/** A js-yaml error in a lesson's frontmatter, as `{ line, message }` for the file. */
export function yamlProblem(raw: string, reason: string, markLine: number | undefined): { line?: number; message: string } {
  const lines = raw.split("\n");
  // gray-matter hands js-yaml the text after the opening `---`, starting with that line's newline:
  // the parser's line n (0-based) is the file's line n + 1.
  let line = markLine === undefined ? undefined : markLine + 1;
  const text = (n: number | undefined) => (n === undefined ? "" : (lines[n - 1] ?? ""));
  const field = (n: number | undefined) => /^\s*(?:-\s+)?([\w-]+):\s/.exec(text(n))?.[1];
  // A plain (unquoted) value holding ": " makes YAML read a second field on the same line.
  const colonIn = (n: number | undefined) => /^\s*(?:-\s+)?[\w-]+:\s+[^"'\s>|].*:\s/.test(text(n)) || /^\s*-\s+[^"'\s].*:\s/.test(text(n));
  if (/incomplete explicit mapping pair|a key node is missed|bad indentation of a mapping entry|end of the stream or a document separator/.test(reason)) {
    const at = [line, line === undefined ? undefined : line - 1].find((n) => colonIn(n));
    if (at !== undefined) {
      const key = field(at);
      return {
        line: at,
        message: `frontmatter YAML: found a text with ": " inside it, which YAML reads as the start of another field; expected the text in double quotes, e.g. ${key ? `${key}: ` : "- "}"${text(at).replace(/^\s*(?:-\s+)?([\w-]+:\s+)?/, "").trim()}" (quote this text: it contains ": ")`,
      };
    }
  }
  if (/bad indentation/.test(reason)) {
    return {
      line,
      message: `frontmatter YAML: found this line indented differently from the lines around it, expected it to line up with its neighbours (a list entry "- …" under its field, with the same number of spaces as the other entries; spaces, not tabs)`,
    };
  }
  if (/within a (double|single) quoted scalar/.test(reason)) {
    const quote = reason.includes("double") ? '"' : "'";
    const opened = lines.findIndex((l) => {
      const value = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])(.*)$/.exec(l);
      return value?.[1] === quote && !value[2]!.replace(/\\./g, "").includes(quote);
    });
    if (opened >= 0) line = opened + 1;
    return { line, message: `frontmatter YAML: found a text that opens a quote (${quote}) and never closes it, expected a closing ${quote} at the end of the text` };
  }
  if (/\t/.test(text(line)) || /tab characters/.test(reason)) {
    return { line, message: `frontmatter YAML: found a tab character, expected spaces for indentation` };
  }
  return { line, message: `frontmatter YAML: ${reason}; expected valid YAML: check this line and the one above it (docs/authoring.md, Frontmatter)` };
}

/** A literal `{` with no closing brace: the MDX parser reports it at the end of the file, so find it. */
function unclosedBraceLine(body: string): number | undefined {
  const open: number[] = [];
  let fenced = false;
  body.split("\n").forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const line = raw.replace(/\\[{}]/g, "").replace(/`[^`]*`/g, "");
    for (const ch of line) {
      if (ch === "{") open.push(i + 1);
      else if (ch === "}") open.pop();
    }
  });
  return open[0];
}

/** An MDX syntax error in plain words, or null to keep the parser's. */
export function plainMdxProblem(body: string, line: number | undefined, reason: string): { line?: number; message: string } | null {
  const tagStart = /Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (tagStart) {
    const next = tagStart[1] === " " ? "a space" : `"${tagStart[1]}"`;
    return {
      line,
      message: `MDX syntax: found "<" followed by ${next}, which MDX reads as the start of a tag; expected \\< or &lt; for a less-than sign in text (write \\<10 minutes, not <10 minutes)`,
    };
  }
  if (/Unexpected end of file in expression/.test(reason)) {
    return {
      line: unclosedBraceLine(body) ?? line,
      message: `MDX syntax: found a "{" with no closing "}", which MDX reads as the start of an expression; expected \\{ for a literal brace in text (braces inside \`code\` need nothing)`,
    };
  }
  return null;
}

/**
 * Content problems, reported the way a compiler reports them: `file:line: what was found, what
 * was expected`. The build, `npm run check-content` and the unit tests all print this format.
 */
import type { z } from "zod";

export interface Problem {
  file: string;
  line?: number;
  message: string;
  /** A starter placeholder not yet replaced (./placeholders.ts): the dev preview shows the lesson anyway. */
  placeholder?: true;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`;
}

/** Thrown when one or more lessons are invalid; the message lists every problem, one a line. */
export class ContentError extends Error {
  declare readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `Invalid lesson content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    // Not enumerable, so Node's error printing shows the readable message once, not a dump of objects.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}

/** `glossary[2].term` from zod's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`))
    .join("");
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One sentence per zod issue: the field, what it holds and what the schema expects. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, what: string): string {
  const field = fieldPath(issue.path);
  const found = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case "unrecognized_keys":
      return `${what}${field ? ` "${field}"` : ""}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys
        .map((k) => `"${k}"`)
        .join(", ")}, expected only the documented fields (see docs/authoring.md)`;
    case "invalid_type":
      // A schema's own wording (passMark's "a whole number of percent from 1 to 100") says it best.
      if (!issue.message.startsWith("Invalid input")) return `${what} "${field}": found ${found}, expected ${issue.message}`;
      return `${what} "${field}": found ${found}, expected ${issue.expected === "string" ? "a text" : issue.expected === "int" ? "a whole number" : `a ${issue.expected}`}`;
    case "invalid_value":
      return `${what} "${field}": found ${found}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `${what} "${field}": found ${found}, expected ${
        issue.origin === "array" ? `at least ${String(issue.minimum)} entries` : issue.message.replace(/^Too small: expected /, "")
      }`;
    case "too_big":
      return `${what} "${field}": found ${found}, expected ${
        issue.origin === "array" ? `at most ${String(issue.maximum)} entries` : issue.message.replace(/^Too big: expected /, "")
      }`;
    default:
      return `${what} "${field}": found ${found}, expected ${issue.message.replace(/^Invalid input: expected /, "")}`;
  }
}

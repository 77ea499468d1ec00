/**
 * Checks a `filter` query parameter against the grammar of RFC 7644 §3.4.2.2 (Figure 1) before
 * the app evaluates it, so that every malformed filter gets a sentence a person can act on:
 *
 *   FILTER    = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
 *   valuePath = attrPath "[" valFilter "]"
 *   valFilter = attrExp / logExp / *1"not" "(" valFilter ")"
 *   attrExp   = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
 *   logExp    = FILTER SP ("and" / "or") SP FILTER
 *   compValue = false / null / true / number / string
 *   compareOp = "eq" / "ne" / "co" / "sw" / "ew" / "gt" / "lt" / "ge" / "le"
 *   attrPath  = [URI ":"] ATTRNAME *1subAttr
 *
 * Operators and attribute names are case-insensitive (§3.4.2.2), and so are ABNF's quoted literals
 * (`true`, `and`, …). A string is a JSON string (RFC 7159), so a bare word is not a value.
 */

export const COMPARE_OPS = ["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"] as const;
const LOGICAL = ["and", "or"];
const EXAMPLE = 'userName eq "jdoe@example.com"';

// ATTRNAME = ALPHA *(nameChar), nameChar = "-" / "_" / DIGIT / ALPHA; RFC 7643 §2.1 adds "$ref".
const NAME = String.raw`(?:[A-Za-z][\w-]*|\$ref)`;
const ATTR_PATH = new RegExp(String.raw`^(?:\S+:)?${NAME}(?:\.${NAME})?$`);
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

type Token = { kind: "(" | ")" | "[" | "]" | "string" | "word"; text: string };

class FilterSyntaxError extends Error {}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if ("()[]".includes(ch)) {
      tokens.push({ kind: ch as Token["kind"], text: ch });
      i += 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < filter.length && filter[j] !== '"') j += filter[j] === "\\" ? 2 : 1;
      if (j >= filter.length) throw new FilterSyntaxError(`The string starting ${filter.slice(i, i + 20)} has no closing double quote.`);
      const text = filter.slice(i, j + 1);
      try {
        JSON.parse(text);
      } catch {
        throw new FilterSyntaxError(`${text} is not a valid string: inside double quotes, a backslash may only start a JSON escape such as \\" or \\\\.`);
      }
      tokens.push({ kind: "string", text });
      i = j + 1;
    } else {
      let j = i;
      while (j < filter.length && !/[\s()[\]"]/.test(filter[j] as string)) j += 1;
      tokens.push({ kind: "word", text: filter.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

const isWord = (token: Token | undefined, words: readonly string[]) => token?.kind === "word" && words.includes(token.text.toLowerCase());
const shown = (token: Token | undefined) => (token ? (token.kind === "string" ? token.text : `"${token.text}"`) : "the end of the filter");

/** A parsed filter. Parentheses that only group are gone: the tree holds the grouping. */
type Node =
  | { kind: "or" | "and"; items: Node[] }
  | { kind: "not"; item: Node }
  | { kind: "compare"; attribute: string; operator: string; value?: Token }
  | { kind: "valuePath"; attribute: string; filter: Node };

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }

  private expect(kind: Token["kind"], why: string): void {
    const token = this.next();
    if (token?.kind !== kind) throw new FilterSyntaxError(`${why}, found ${shown(token)}.`);
  }

  /** FILTER or valFilter. "and" binds tighter than "or" (RFC 7644 §3.4.2.2, Table 5). */
  filter(inBrackets: boolean): Node {
    return this.joined("or", () => this.joined("and", () => this.term(inBrackets)));
  }

  private joined(joiner: "or" | "and", operand: () => Node): Node {
    const items = [operand()];
    while (isWord(this.peek(), [joiner])) {
      const word = (this.next() as Token).text;
      if (!this.peek()) throw new FilterSyntaxError(`The filter ends after "${word}", which must join two expressions, e.g. userName eq "a" ${joiner} active eq true.`);
      items.push(operand());
    }
    return items.length === 1 ? (items[0] as Node) : { kind: joiner, items };
  }

  private term(inBrackets: boolean): Node {
    const token = this.next();
    if (isWord(token, ["not"])) {
      this.expect("(", '"not" must be followed by a filter in parentheses, e.g. not (userName eq "a"),');
      const item = this.filter(inBrackets);
      this.expect(")", 'Expected ")" to close "not ("');
      return { kind: "not", item };
    }
    if (token?.kind === "(") {
      const group = this.filter(inBrackets);
      this.expect(")", 'Expected ")" to close "("');
      return group;
    }
    if (token?.kind !== "word" || isWord(token, [...LOGICAL, ...COMPARE_OPS, "pr"]) || !ATTR_PATH.test(token.text)) {
      const before = this.at > 1 ? ` after ${shown(this.tokens[this.at - 2])}` : "";
      throw new FilterSyntaxError(`Expected an attribute name such as userName${before}, found ${shown(token)}. Each comparison starts with an attribute, e.g. ${EXAMPLE}.`);
    }
    const attribute = token.text;
    if (this.peek()?.kind === "[") {
      if (inBrackets) throw new FilterSyntaxError(`A filter in [ ] cannot hold another [ ] (at ${attribute}[).`);
      this.next();
      const filter = this.filter(true);
      this.expect("]", `Expected "]" to close ${attribute}[`);
      const after = this.peek();
      if (after?.kind === "word" && after.text.startsWith(".")) {
        throw new FilterSyntaxError(`${attribute}[…]${after.text} is a PATCH path, not a filter: filter on the sub-attribute inside the brackets instead, e.g. ${attribute}[type eq "work" and value eq "a@example.com"].`);
      }
      return { kind: "valuePath", attribute, filter };
    }
    const operator = this.next();
    if (!operator) throw new FilterSyntaxError(`The filter ends after ${attribute}: add an operator and a value, e.g. ${attribute} eq "…" (or ${attribute} pr).`);
    if (isWord(operator, ["pr"])) return { kind: "compare", attribute, operator: "pr" };
    if (!isWord(operator, COMPARE_OPS)) {
      throw new FilterSyntaxError(`${shown(operator)} is not a filter operator. Use one of ${COMPARE_OPS.join(", ")} or pr, e.g. ${EXAMPLE}.`);
    }
    const value = this.next();
    const op = operator.text.toLowerCase();
    if (!value) throw new FilterSyntaxError(`"${operator.text}" needs a value after it, e.g. ${attribute} ${op} "…".`);
    if (value.kind === "string" || (value.kind === "word" && (isWord(value, ["true", "false", "null"]) || NUMBER.test(value.text)))) {
      return { kind: "compare", attribute, operator: op, value };
    }
    throw new FilterSyntaxError(
      value.kind === "word"
        ? `The value ${value.text} needs double quotes: ${attribute} ${op} "${value.text}". Only true, false, null and numbers go without quotes.`
        : `Expected a value after "${operator.text}", found ${shown(value)}.`,
    );
  }

  /** Everything was read; a leftover token means two expressions without "and" / "or" between them. */
  end(): void {
    const token = this.peek();
    if (!token) return;
    if (token.kind === ")" || token.kind === "]") throw new FilterSyntaxError(`Found "${token.text}" without a matching "${token.kind === ")" ? "(" : "["}".`);
    throw new FilterSyntaxError(`Expected "and" or "or" before ${shown(token)}: two expressions need one of them between.`);
  }
}

/** Marks a string literal's place in the rewritten filter, with private-use characters. */
const STRING_MARK = (index: number) => `\uE000${index}\uE001`;
const STRING_MARKED = /^\uE000(\d+)\uE001$/;

/**
 * The filter again, with the same meaning, in the plain form scimmy's parser reads: no grouping
 * parentheses beyond those "and" over "or" needs, lowercase keywords, and each string literal
 * replaced by a mark (scimmy cannot read `\"` inside a string), its decoded text kept in `strings`.
 */
function write(node: Node, strings: string[]): string {
  switch (node.kind) {
    case "or":
      return node.items.map((item) => write(item, strings)).join(" or ");
    case "and":
      return node.items.map((item) => (item.kind === "or" ? `(${write(item, strings)})` : write(item, strings))).join(" and ");
    case "not":
      return `not (${write(node.item, strings)})`;
    case "valuePath":
      return `${node.attribute}[${write(node.filter, strings)}]`;
    case "compare": {
      if (!node.value) return `${node.attribute} ${node.operator}`;
      if (node.value.kind !== "string") return `${node.attribute} ${node.operator} ${node.value.text.toLowerCase()}`;
      strings.push(JSON.parse(node.value.text) as string);
      return `${node.attribute} ${node.operator} "${STRING_MARK(strings.length - 1)}"`;
    }
  }
}

/** A filter read against RFC 7644 §3.4.2.2: either why it is not one, or its plain form for scimmy. */
export type ReadFilter = { problem: string } | { problem?: undefined; text: string; strings: string[] };

export function readFilter(filter: string): ReadFilter {
  if (!filter.trim()) return { problem: `The filter is empty: give an expression such as ${EXAMPLE}.` };
  try {
    const parser = new Parser(tokenize(filter));
    const tree = parser.filter(false);
    parser.end();
    const strings: string[] = [];
    return { text: write(tree, strings), strings };
  } catch (ex) {
    if (ex instanceof FilterSyntaxError) return { problem: ex.message };
    throw ex;
  }
}

/** Why `filter` is not a filter of RFC 7644 §3.4.2.2, in a sentence; undefined when it is one. */
export function filterProblem(filter: string): string | undefined {
  return readFilter(filter).problem;
}

/** Puts the string literals `readFilter` marked back into a parsed filter's values. */
export function restoreStrings<T>(value: T, strings: readonly string[]): T {
  if (typeof value === "string") {
    const index = STRING_MARKED.exec(value)?.[1];
    return (index === undefined ? value : (strings[Number(index)] ?? value)) as T;
  }
  if (Array.isArray(value)) return value.map((item) => restoreStrings(item, strings)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreStrings(v, strings)])) as T;
  return value;
}

/**
 * Why an `attributes` or `excludedAttributes` parameter is malformed; undefined when it is a
 * comma-separated list of attribute names in the notation of RFC 7644 §3.10.
 */
export function attributeListProblem(parameter: string, value: string): string | undefined {
  const names = value.split(",").map((name) => name.trim());
  const wrong = names.find((name) => !ATTR_PATH.test(name));
  if (wrong === undefined) return undefined;
  return wrong === ""
    ? `${parameter} has an empty name: list attribute names separated by commas, e.g. ${parameter}=userName,name.familyName.`
    : `${parameter} lists "${wrong}", which is not an attribute name: list names separated by commas, e.g. ${parameter}=userName,name.familyName.`;
}

/**
 * How many words a reader sees at each level: the text outside <Level> plus the <Level> passages
 * that level shows (prose, inline code and code blocks; attributes are not counted). Gathered
 * from the MDX tree at build time, for `check-content`'s report and the per-level reading time.
 */
import type { Nodes, Root } from "mdast";
import { LEVELS, levelsShowing, type Level } from "./levels";

export type LevelWords = Record<Level, number>;

/** Words in a text: runs of non-space characters that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function attribute(node: Nodes, name: string): string | undefined {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

/** Word counts per level for an MDX tree (remark-mdx). A question's variants are not counted: an attempt shows one of them. */
export function levelWords(tree: Root): LevelWords {
  const words: LevelWords = { L1: 0, L2: 0, L3: 0 };
  const walk = (node: Nodes, shown: readonly Level[]) => {
    let levels = shown;
    if (attribute(node, "variantOf") !== undefined) return;
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Level") {
      const showing = levelsShowing(attribute(node, "min"), attribute(node, "max"));
      levels = shown.filter((level) => showing.includes(level));
    }
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") {
      const n = countWords(node.value);
      for (const level of levels) words[level] += n;
    }
    if ("children" in node) for (const child of node.children) walk(child as Nodes, levels);
  };
  walk(tree, LEVELS);
  return words;
}

/**
 * Reading time per level: the frontmatter's `duration` is the default level's (L2), and each
 * other level scales it by its share of L2's words, so a lighter L1 promises fewer minutes.
 */
export function readingMinutes(duration: number, words: LevelWords): LevelWords {
  const base = words.L2;
  const scale = (level: Level) => (base > 0 ? Math.max(1, Math.round((duration * words[level]) / base)) : duration);
  return { L1: scale("L1"), L2: duration, L3: scale("L3") };
}

/** The most of L2's words a beginner's L1 should carry, as the authoring guide asks. */
export const L1_SHARE_OF_L2 = 0.6;

/** L1's words as a share of L2's (0 when there are no L2 words). */
export function l1Share(words: LevelWords): number {
  return words.L2 > 0 ? words.L1 / words.L2 : 0;
}

/**
 * "L1 2,236 · L2 3,981 · L3 5,322 words (L1 is 56% of L2)", as check-content prints it: the levels
 * the lesson offers, and L1's share of L2 when it offers both, with a reminder when L1 is heavier
 * than the guide's share.
 */
export function describeLevelWords(words: LevelWords, offered: readonly Level[] = LEVELS, blocks?: readonly { block: string; words: number }[]): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const counts = LEVELS.filter((level) => offered.includes(level)).map((level) => `${level} ${n(words[level])}`);
  let share = "";
  if (offered.includes("L1") && offered.includes("L2") && words.L2 > 0) {
    const over =
      l1Share(words) > L1_SHARE_OF_L2 ? `, more than the ${L1_SHARE_OF_L2 * 100}% a beginner's read should be${blocks ? `. ${l1Advice(blocks)}` : ""}` : "";
    share = ` (L1 is ${Math.round(l1Share(words) * 100)}% of L2${over})`;
  }
  return `${counts.join(" · ")} words${share}`;
}

/** Blocks whose words every level reads unless the author gives them L1 versions: what weighs most at L1. */
const L1_BLOCKS = ["QuickCheck", "Demo", "FlipCards", "Callout", "Scenario", "Infographic", "Figure"] as const;

/** L1's words inside each kind of block (the outermost one counts), largest first; blocks with none are left out. */
export function l1BlockWords(tree: Root): { block: string; words: number }[] {
  const totals = new Map<string, number>();
  const walk = (node: Nodes, shown: boolean, block: string | null) => {
    let visible = shown;
    let inside = block;
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name === "Level") visible = shown && levelsShowing(attribute(node, "min"), attribute(node, "max")).includes("L1");
      else if (!inside && (L1_BLOCKS as readonly string[]).includes(node.name ?? "")) inside = node.name!;
    }
    if (visible && inside && (node.type === "text" || node.type === "inlineCode" || node.type === "code")) {
      totals.set(inside, (totals.get(inside) ?? 0) + countWords(node.value));
    }
    if ("children" in node) for (const child of node.children) walk(child as Nodes, visible, inside);
  };
  walk(tree, true, null);
  return [...totals].map(([block, words]) => ({ block, words })).filter((b) => b.words > 0).sort((a, b) => b.words - a.words);
}

/** What to do when L1 is heavier than a beginner's read: the heaviest blocks, and how to lighten them. */
export function l1Advice(blocks: readonly { block: string; words: number }[]): string {
  const top = blocks.slice(0, 3).map((b) => `<${b.block}> ${b.words.toLocaleString("en-US")}`);
  return (
    (top.length > 0 ? `L1 reads most in ${top.join(", ")} words; ` : "") +
    `give a long block a plain L1 sentence and move its detail into <Level min="L2"> inside it (questions keep their prompt and options at every level, so shorten their explanations), and a long paragraph a short <Level max="L1"> version beside it (docs/authoring.md, "Reading levels")`
  );
}

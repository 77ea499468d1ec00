import type { AttributesOf } from "@/lib/content/vocabulary";
import { Children, isValidElement, type ReactNode } from "react";
import { Explanation } from "./explanation";
import { Option } from "./option";
import { QuickCheckForm, type QuickCheckOption } from "./quick-check-form";
import { unwrapParagraphs } from "@/components/mdx/unwrap-paragraphs";

export type QuickCheckProps = AttributesOf<"QuickCheck"> & {
  /** Inline checks have a Check button; wrap-up questions are scored on "Submit all answers". */
  kind: "inline" | "wrap-up";
  /** Injected by the content pipeline. */
  number?: string;
  total?: string;
  /** The prompt paragraph, then Option elements, then one Explanation. */
  children?: ReactNode;
}

/**
 * A scored question. The server splits the MDX children into prompt, options and explanation and
 * hands them to a small client form; the form's radios render on the server, so the question
 * reads (and its answer opens in a disclosure) with JavaScript off.
 */
export function QuickCheck({ id, correct, bloom, kind, number = "?", total = "?", children }: QuickCheckProps) {
  const prompt: ReactNode[] = [];
  const options: QuickCheckOption[] = [];
  let explanation: ReactNode = null;
  for (const child of Children.toArray(children)) {
    if (isValidElement<{ letter?: string; children?: ReactNode }>(child) && child.type === Option) {
      options.push({ letter: child.props.letter ?? "?", content: unwrapParagraphs(child.props.children) });
    } else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Explanation) {
      explanation = child.props.children;
    } else {
      prompt.push(child);
    }
  }
  const eyebrow = kind === "inline" ? `Quick check · Q${number} of ${total} · ${bloom}` : `Q${number} of ${total} · ${bloom}`;
  return (
    <QuickCheckForm
      id={id}
      number={number}
      correct={correct}
      kind={kind}
      eyebrow={eyebrow}
      prompt={unwrapParagraphs(prompt)}
      options={options}
      explanation={explanation}
    />
  );
}

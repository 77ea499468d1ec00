import type { AttributesOf } from "@/lib/content/vocabulary";
import { Children, isValidElement, type ReactNode } from "react";
import type { Question } from "@/lib/question";
import { Explanation } from "./explanation";
import { Option } from "./option";
import { QuickCheckForm, type AuthoredOption } from "./quick-check-form";
import { unwrapParagraphs } from "@/components/mdx/unwrap-paragraphs";

export type QuickCheckProps = AttributesOf<"QuickCheck"> & {
  /** The question as the build found it: kind, placement, key, letters. */
  question: Question;
  /** The ids of the variants that fill this question's place (its own first), when it has any. */
  variants?: string[];
  /** Injected by the content pipeline. */
  total?: string;
  /** The prompt paragraph, then Option elements, then one Explanation. */
  children?: ReactNode;
};

/**
 * A scored question. The server splits the MDX children into prompt, options and explanation and
 * hands them to a small client form; the form's inputs render on the server, so the question
 * reads (and its answer opens in a disclosure) with JavaScript off.
 */
export function QuickCheck({ question, variants = [question.id], bloom, total = "?", children }: QuickCheckProps) {
  const prompt: ReactNode[] = [];
  const options: AuthoredOption[] = [];
  let explanation: ReactNode = null;
  for (const child of Children.toArray(children)) {
    if (isValidElement<{ letter?: string; children?: ReactNode }>(child) && child.type === Option) {
      const letter = child.props.letter ?? "?";
      options.push({ letter, content: unwrapParagraphs(child.props.children), text: question.options[question.letters.indexOf(letter)] ?? "" });
    } else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Explanation) {
      explanation = child.props.children;
    } else {
      prompt.push(child);
    }
  }
  const where = question.placement === "inline" ? "Quick check · " : "";
  const eyebrow = `${where}Q${question.number} of ${total} · ${bloom}`;
  const { id, kind, placement, correct, letters } = question;
  return (
    <QuickCheckForm
      question={{ id, kind, placement, correct, letters }}
      variants={variants}
      eyebrow={eyebrow}
      prompt={unwrapParagraphs(prompt)}
      options={options}
      explanation={explanation}
    />
  );
}

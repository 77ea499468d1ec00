import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";

export type DemoStepProps = AttributesOf<"DemoStep"> & {
  /** Injected by the content pipeline: 0-based position in the demo. */
  index?: string;
  /** The caption. */
  children?: ReactNode;
}

/**
 * One demo step, as the instructor writes it. <Demo> reads these props and hands them to the
 * player, which lays every step out (the build only allows DemoStep directly inside Demo), so
 * this element never renders on its own.
 */
export function DemoStep(props: DemoStepProps): ReactNode {
  void props;
  return null;
}

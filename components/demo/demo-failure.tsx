import type { AttributesOf } from "@/lib/content/vocabulary";
import type { ReactNode } from "react";

export type DemoFailureProps = AttributesOf<"DemoFailure"> & {
  /** Why it happens. */
  children?: ReactNode;
};

/**
 * What "Break it" shows, as the instructor writes it. <Demo> reads these props and hands them to
 * the player's failure panel (the build only allows DemoFailure directly inside Demo), so this
 * element never renders on its own.
 */
export function DemoFailure(props: DemoFailureProps): ReactNode {
  void props;
  return null;
}

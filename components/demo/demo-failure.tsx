import type { ReactNode } from "react";

export interface DemoFailureProps {
  /** 1-based step where the run fails. */
  step: string;
  title: string;
  /** The status line the app returns. */
  wire: string;
  /** What Okta's System Log shows. */
  event: string;
  fix: string;
  /** Why it happens. */
  children?: ReactNode;
}

/**
 * What "Break it" shows, as the instructor writes it. <Demo> reads these props and hands them to
 * the player's failure panel (the build only allows DemoFailure directly inside Demo), so this
 * element never renders on its own.
 */
export function DemoFailure(props: DemoFailureProps): ReactNode {
  void props;
  return null;
}

import type { ReactNode } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";

/** One step as the player needs it: plain data from <DemoStep> plus its caption, already rendered. */
export type DemoStepData = AttributesOf<"DemoStep"> & { caption: ReactNode };

/** What "Break it" shows, from <DemoFailure>. */
export type DemoFailureData = Omit<AttributesOf<"DemoFailure">, "step"> & {
  /** 1-based, as the author wrote it. */
  step: number;
  explanation: ReactNode;
};

/**
 * The icons of the controls and the failure panel, rendered by the server component <Demo> so
 * their SVG code stays out of the player's client bundle.
 */
export type DemoIcons = Record<"PLAY" | "PAUSE" | "STEP" | "RESET" | "BREAK", ReactNode>;

import type { ReactNode } from "react";

/** One step as the player needs it: plain data from <DemoStep> plus its caption, already rendered. */
export interface DemoStepData {
  title: string;
  packet: "to-target" | "to-source" | "none";
  wire?: string;
  caption: ReactNode;
}

/** What "Break it" shows, from <DemoFailure>. */
export interface DemoFailureData {
  /** 1-based, as the author wrote it. */
  step: number;
  title: string;
  wire: string;
  event: string;
  fix: string;
  explanation: ReactNode;
}

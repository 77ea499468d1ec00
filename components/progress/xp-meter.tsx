"use client";

import type { ReactNode } from "react";
import { xpFromProgress, type XpLesson } from "@/lib/xp";
import { useProgress } from "./progress-provider";
import { XpBar } from "./xp-bar";

/** The header's XP meter for the current lesson; it shows no number until saved progress is read. */
export function XpMeter({ lesson, icon }: {
  /** What the lesson offers toward XP (lib/xp.ts). */
  lesson: XpLesson;
  /** The icon before "XP", rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}) {
  const xp = useProgress((s) => (s.hydrated ? xpFromProgress(s, lesson) : null));
  return <XpBar xp={xp} icon={icon} />;
}

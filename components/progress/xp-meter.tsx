"use client";

import { xpFromProgress, type XpLesson } from "@/lib/xp";
import { useProgress } from "./progress-provider";
import { XpBar } from "./xp-bar";

/** The header's XP meter for the current lesson; it shows no number until saved progress is read. */
export function XpMeter({ lesson }: { /** What the lesson offers toward XP (lib/xp.ts). */ lesson: XpLesson }) {
  const xp = useProgress((s) => (s.hydrated ? xpFromProgress(s, lesson) : null));
  return <XpBar xp={xp} />;
}

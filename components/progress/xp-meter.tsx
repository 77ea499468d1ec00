"use client";

import type { XpLesson } from "@/lib/progress/xp-from-progress";
import { xpFromProgress } from "@/lib/progress/xp-from-progress";
import { useProgress } from "./progress-provider";
import { XpBar } from "./xp-bar";

/** The header's XP meter for the current lesson; it shows no number until saved progress is read. */
export function XpMeter({ lesson }: { /** What the lesson offers toward XP (lib/progress/xp-lesson.ts). */ lesson: XpLesson }) {
  const xp = useProgress((s) => (s.hydrated ? xpFromProgress(s, lesson) : null));
  return <XpBar xp={xp} />;
}

"use client";

import { useMemo, type ReactNode } from "react";
import { xpFromProgress, xpLeft, type XpLesson, type XpPlaces } from "@/lib/xp";
import { useProgress } from "./progress-provider";
import { XpBar } from "./xp-bar";
import { XpLeftPanel } from "./xp-left-panel";

export interface XpMeterProps {
  /** What the lesson offers toward XP (lib/xp.ts). */
  lesson: XpLesson;
  /** Where each thing to do is, for the "what is left" links. */
  places: XpPlaces;
  /** The icon before "XP", rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}

/** The header's XP meter for the current lesson; it shows no number until saved progress is read. */
export function XpMeter({ lesson, places, icon }: XpMeterProps) {
  const xp = useProgress((s) => (s.hydrated ? xpFromProgress(s, lesson) : null));
  const hydrated = useProgress((s) => s.hydrated);
  const sectionsRead = useProgress((s) => s.sectionsRead);
  const answeredEver = useProgress((s) => s.answeredEver);
  const cardsSeen = useProgress((s) => s.cardsSeen);
  const demoPlayed = useProgress((s) => s.demoPlayed);
  const passed = useProgress((s) => s.passed);
  const labDone = useProgress((s) => s.labDone);
  const todo = useMemo(
    () => (hydrated ? xpLeft({ sectionsRead, answeredEver, cardsSeen, demoPlayed, labDone, passed }, lesson, places) : []),
    [hydrated, sectionsRead, answeredEver, cardsSeen, demoPlayed, labDone, passed, lesson, places],
  );
  return (
    <div className="flex items-center gap-1.5">
      <XpBar xp={xp} icon={icon} />
      <XpLeftPanel xp={xp} todo={todo} />
    </div>
  );
}

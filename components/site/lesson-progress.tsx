"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { Question } from "@/lib/question";
import { readSavedProgress } from "@/lib/progress/read-saved";
import { createSafeStorage } from "@/lib/progress/safe-storage";
import { storageKey } from "@/lib/progress/store";
import { xpFromProgress, type XpLesson } from "@/lib/xp";
import { XpBar } from "@/components/progress/xp-bar";

export interface LessonProgressProps {
  slug: string;
  /** The lesson's question ids and hashes, to read saved answers as the lesson page does. */
  questions: Pick<Question, "id" | "hash" | "kind" | "letters">[];
  lesson: XpLesson;
  /** The lesson's title, to name its XP bar among the others on the index. */
  title: string;
  /** The icon before "XP", rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}

interface Saved {
  xp: number;
  complete: boolean;
}

/**
 * A lesson card's progress, read from the same storage key through the same schema as the lesson
 * page. The server and the first render show an empty bar (nothing is known there); the row keeps
 * its height either way, so the card does not shift.
 */
export function LessonProgress({ slug, questions, lesson, title, icon }: LessonProgressProps) {
  const [saved, setSaved] = useState<Saved | null>(null);

  useEffect(() => {
    const storage = createSafeStorage();
    const read = () => {
      const progress = readSavedProgress(storage.getItem(storageKey(slug)) as string | null, questions);
      setSaved({ xp: xpFromProgress(progress, lesson), complete: progress.passed !== null });
    };
    read();
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(slug) || event.key === null) read();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [slug, questions, lesson]);

  return (
    <div className="mt-4 flex min-h-7 flex-wrap items-center gap-3">
      <XpBar xp={saved?.xp ?? null} label={`XP: ${title}`} icon={icon} />
      {saved?.complete && (
        <span data-complete className="inline-flex items-center gap-1 rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-bold text-success">
          <span aria-hidden="true">✓</span> Complete
        </span>
      )}
    </div>
  );
}

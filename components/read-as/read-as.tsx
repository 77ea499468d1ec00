"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import { useCheckedBeforeHydration } from "@/components/use-checked-before-hydration";
import type { Level } from "@/lib/content/levels";
import { keepPlace } from "./keep-place";
import { READ_AS_NAME_SUFFIX } from "./level-radio";

const NAMES: Record<Level, string> = { L1: "Essentials", L2: "Practitioner", L3: "Expert" };

/** Shown for a level whose hint the lesson does not write (frontmatter `levelHints`). */
const NEUTRAL_HINTS: Record<Level, string> = {
  L1: "The idea in plain words.",
  L2: "What you need to use it and fix it.",
  L3: "Adds the fine detail and the edge cases.",
};

const COLUMNS = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" } as const;

function applyLevel(level: Level) {
  if (document.documentElement.dataset.level === level) return;
  keepPlace(() => {
    document.documentElement.dataset.level = level;
  });
}

/**
 * "Read as": one native radio per level the lesson offers. The static HTML checks the level the
 * lesson starts at; the saved level is already on <html> (see LevelScript), and LevelRadioScript
 * checks its radio as the page is read, before saved progress is read into the store. Without
 * JavaScript they could not switch anything, so they are not shown: every level's passages are,
 * each labelled.
 */
export function ReadAs({ levels, hints, icon }: {
  levels: readonly Level[];
  hints: Partial<Record<Level, string>>;
  /** The legend's icon, rendered on the server so its SVG code stays out of this client bundle. */
  icon?: ReactNode;
}) {
  const options = levels.map((level) => ({ level, name: NAMES[level], hint: hints[level] ?? NEUTRAL_HINTS[level] }));
  const id = useId();
  const hydrated = useProgress((s) => s.hydrated);
  const level = useProgress((s) => s.level);
  const setLevel = useProgress((s) => s.setLevel);
  // Said once, politely, when the reader picks a level: which level and what it changed.
  const [announcement, setAnnouncement] = useState("");
  const pick = (option: (typeof options)[number]) => {
    applyLevel(option.level);
    setLevel(option.level);
    setAnnouncement(`Now reading at ${option.level} ${option.name}. ${option.hint}`);
  };
  // A level picked while the page's scripts were loading is applied as they start: the radios showed
  // the level on <html> until then (LevelRadioScript), the saved one included.
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useCheckedBeforeHydration(
    fieldset,
    (value) => value === (document.documentElement.dataset.level ?? level),
    ([value]) => {
      const option = options.find((o) => o.level === value);
      if (option) pick(option);
    },
  );

  // Follows the store once it is read (and when another tab changes the level).
  useEffect(() => {
    if (hydrated) applyLevel(level);
  }, [hydrated, level]);

  return (
    <fieldset ref={fieldset} aria-labelledby={`${id}-legend`} className="js-only rounded-xl border border-line-soft bg-surface p-4">
      <legend id={`${id}-legend`} className="float-left mb-2 w-full text-base font-bold">
        {icon}Read as
      </legend>
      <div className={`clear-both grid gap-2 ${COLUMNS[options.length as 1 | 2 | 3]}`}>
        {options.map((option) => (
          <div
            key={option.level}
            className="relative flex gap-2.5 rounded-lg border-2 border-line-soft px-3 py-2.5 hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              id={`${id}-${option.level}`}
              name={`${id}${READ_AS_NAME_SUFFIX}`}
              value={option.level}
              checked={level === option.level}
              onChange={() => pick(option)}
              aria-describedby={`${id}-${option.level}-hint`}
              className="relative z-10 mt-1 size-5 shrink-0 accent-accent"
            />
            <span className="min-w-0">
              <label htmlFor={`${id}-${option.level}`} className="block cursor-pointer font-semibold after:absolute after:inset-0">
                {option.level} {option.name}
              </label>
              <span id={`${id}-${option.level}-hint`} className="block text-sm text-muted">
                {option.hint}
              </span>
            </span>
          </div>
        ))}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}

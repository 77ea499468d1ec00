"use client";

import { useEffect, useId } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import type { Level } from "@/lib/content/levels";
import { keepPlace } from "./keep-place";

const OPTIONS: { level: Level; name: string; hint: string }[] = [
  { level: "L1", name: "Essentials", hint: "The idea in plain words, no protocol detail." },
  { level: "L2", name: "Practitioner", hint: "How to set it up and fix it — the default." },
  { level: "L3", name: "Expert", hint: "Adds the SCIM wire format and edge cases." },
];

function applyLevel(level: Level) {
  if (document.documentElement.dataset.level === level) return;
  keepPlace(() => {
    document.documentElement.dataset.level = level;
  });
}

/**
 * "Read as": three native radios. The static HTML checks L2; the saved level is already on <html>
 * (see LevelScript) and the radios catch up once saved progress is read. Without JavaScript they
 * could not switch anything, so they are not shown: every level's passages are, each labelled.
 */
export function ReadAs() {
  const id = useId();
  const hydrated = useProgress((s) => s.hydrated);
  const level = useProgress((s) => s.level);
  const setLevel = useProgress((s) => s.setLevel);

  // Follows the store once it is read (and when another tab changes the level).
  useEffect(() => {
    if (hydrated) applyLevel(level);
  }, [hydrated, level]);

  return (
    <fieldset aria-labelledby={`${id}-legend`} className="js-only rounded-xl border border-line-soft bg-surface p-4">
      <legend id={`${id}-legend`} className="float-left mb-2 w-full text-base font-bold">
        <span aria-hidden="true">📖 </span>Read as
      </legend>
      <div className="clear-both grid gap-2 sm:grid-cols-3">
        {OPTIONS.map((option) => (
          <div
            key={option.level}
            className="relative flex gap-2.5 rounded-lg border-2 border-line-soft px-3 py-2.5 hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              id={`${id}-${option.level}`}
              name={`${id}-read-as`}
              value={option.level}
              checked={level === option.level}
              onChange={() => {
                applyLevel(option.level);
                setLevel(option.level);
              }}
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
    </fieldset>
  );
}

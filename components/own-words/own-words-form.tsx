"use client";

import { useId, useRef, useState } from "react";
import { Lightbulb } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import { useProgress } from "@/components/progress/progress-provider";
import { checkKeyPoints, findMisconceptions, type KeyPoint, type Misconception } from "@/lib/own-words";

export interface OwnWordsFormProps {
  /** The expert's version, revealed on "Compare". */
  expert: string;
  /** The points a good line covers (frontmatter `ownWords.keyPoints`). */
  keyPoints: KeyPoint[];
  /** The mix-ups the exercise watches for (frontmatter `ownWords.misconceptions`), with the name of the section that explains each. */
  misconceptions: (Misconception & { sectionName: string })[];
}

/**
 * The learner's line (saved with their progress) and the comparison: the expert version and
 * which key points the line covers, ticked live as they edit it. Without JavaScript the button
 * gives way to a disclosure with the expert version.
 */
export function OwnWordsForm({ expert, keyPoints, misconceptions }: OwnWordsFormProps) {
  // The saved line once progress is read ("" until then, so nothing re-renders when none was saved).
  const line = useProgress((s) => (s.hydrated ? s.ownWords : ""));
  const setOwnWords = useProgress((s) => s.setOwnWords);
  const [compared, setCompared] = useState(false);
  // "Compare" on an empty box first asks for a line; the learner may still just see the expert's.
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const points = checkKeyPoints(line, keyPoints);
  const covered = points.filter((p) => p.covered).length;
  const mixUps = findMisconceptions(line, misconceptions);
  // What the last click did, said once and politely; the panel itself is not a live region.
  const [announcement, setAnnouncement] = useState("");
  const result = `Your line covers ${covered} of ${points.length} key points${mixUps.length > 0 ? ` and mixes up ${mixUps.length === 1 ? "one point" : `${mixUps.length} points`}` : ""}.`;

  return (
    <div>
      {/* Typing and comparing need JavaScript; without it the expert version is in a disclosure. */}
      <div className="js-only">
        <label htmlFor={`${id}-line`} className="mt-3 block text-sm font-semibold">
          Your one line
        </label>
        <textarea
          id={`${id}-line`}
          rows={2}
          maxLength={500}
          value={line}
          ref={box}
          onChange={(event) => {
            setOwnWords(event.target.value);
            if (event.target.value.trim()) setAsked(false);
          }}
          aria-describedby={asked ? `${id}-ask` : undefined}
          className="mt-1 w-full rounded-lg border border-line bg-surface p-3"
        />
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            aria-expanded={compared}
            aria-controls={`${id}-compare`}
            onClick={() => {
              if (!compared && !line.trim()) {
                setAsked(true);
                box.current?.focus();
                return;
              }
              setAsked(false);
              setCompared(!compared);
              setAnnouncement(compared ? "Expert version hidden." : `Expert version shown below. ${line.trim() ? result : ""}`.trim());
            }}
            className="inline-flex min-h-11 items-center rounded-lg border border-accent px-4 font-semibold text-accent hover:bg-accent-soft"
          >
            {compared ? "Hide the expert version" : "Compare with the expert version"}
          </button>
          {!compared && (
            <button
              type="button"
              aria-controls={`${id}-compare`}
              onClick={() => {
                setAsked(false);
                setCompared(true);
                setAnnouncement(`Expert version shown below. ${line.trim() ? result : ""}`.trim());
              }}
              className="inline-flex min-h-11 items-center px-1 text-sm font-semibold text-accent underline underline-offset-2"
            >
              Just show me the expert version
            </button>
          )}
        </div>
        <p id={`${id}-ask`} role="status" className="mt-1 min-h-[1.5em] text-sm font-semibold">
          {asked ? "Write your line first: comparing works best once you have said it yourself." : ""}
        </p>
        <p role="status" className="sr-only">
          {announcement}
        </p>
        <div id={`${id}-compare`} hidden={!compared} className="mt-4 rounded-xl border border-line-soft bg-surface p-4">
          <h3 className="font-bold">Expert version</h3>
          <p className="mt-1">{expert}</p>
          {mixUps.length > 0 && (
            <div data-misconceptions className="mt-4 rounded-lg border border-warn bg-warn-soft p-3">
              <h3 className="font-bold">
                <Lightbulb aria-hidden="true" className={LEAD_ICON} />
                {mixUps.length === 1 ? "One point to look at again" : "Points to look at again"}
              </h3>
              <ul className="mt-2 space-y-3" aria-label="Mix-ups in your line">
                {mixUps.map((m) => (
                  <li key={m.belief} data-misconception>
                    <p>
                      Your line says: <q className="italic">{m.belief.replace(/[.!]$/, "")}</q>. That is a common mix-up, and an easy one to make.
                    </p>
                    <p className="mt-1">{m.correction}</p>
                    <p className="mt-1">
                      <a href={`#${m.section}`} className="font-semibold text-accent underline underline-offset-2">
                        Read “{m.sectionName}” again
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3 className="mt-4 font-bold">
            Key points your line covers: {covered} of {points.length}
          </h3>
          <ul className="mt-2 space-y-1.5" aria-label="Key points">
            {points.map((point) => (
              <li key={point.label} data-covered={point.covered} className="flex items-start gap-2">
                <span aria-hidden="true" className={`w-5 shrink-0 text-center font-bold ${point.covered ? "text-success" : "text-muted"}`}>
                  {point.covered ? "✓" : "○"}
                </span>
                <span>
                  {point.label}{" "}
                  <span className={`text-sm font-semibold ${point.covered ? "text-success" : "text-muted"}`}>— {point.covered ? "covered" : "not yet"}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <details className="no-js-only mt-2">
        <summary className="cursor-pointer text-accent">Compare with the expert version</summary>
        <p className="mt-2">{expert}</p>
      </details>
    </div>
  );
}

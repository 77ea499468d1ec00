"use client";

import { useState, type ReactNode } from "react";
import { useProgress } from "@/components/progress/progress-provider";
import "./flip-card.css";

export interface FlipCardToggleProps {
  /** Stable id saved in progress (the slugged title), so a flipped card stays flipped on reload. */
  id: string;
  /** The card's icon, rendered on the server so its SVG code stays out of the client bundle. */
  icon: ReactNode;
  title: string;
  /** 1-based position and count, for "Card n of total". */
  number: number;
  total: number;
  /** The back face: the definition. */
  children?: ReactNode;
  /** The "Tap to flip" and "Tap to flip back" icons, rendered on the server so its SVG code stays out of the client bundle. */
  turnIcons: { front: ReactNode; back: ReactNode };
}

/**
 * A flip card as one toggle button (aria-pressed = showing the back). The face not shown is
 * aria-hidden and inert once the saved state is known. Without JavaScript the button is not laid
 * out at all: FlipCard shows a plain two-sided card instead.
 */
export function FlipCardToggle({ id, icon, title, number, total, children, turnIcons }: FlipCardToggleProps) {
  const hydrated = useProgress((s) => s.hydrated);
  const flipped = useProgress((s) => s.flipped.includes(id));
  const toggleFlipped = useProgress((s) => s.toggleFlipped);
  const [animate, setAnimate] = useState(false);
  const hideFront = hydrated && flipped;
  const hideBack = hydrated && !flipped;
  const position = `Card ${number} of ${total}`;

  return (
    <button
      type="button"
      data-flip-card={id}
      data-animate={animate || undefined}
      aria-pressed={flipped}
      onClick={() => {
        setAnimate(true);
        toggleFlipped(id);
      }}
      className="js-only flip-card group block min-h-24 w-full cursor-pointer rounded-xl text-left"
    >
      <span data-flip-inner className="flip-card__inner">
        <span
          data-face="front"
          aria-hidden={hideFront || undefined}
          inert={hideFront}
          className="flip-card__face flip-card__front flex flex-col gap-2 rounded-xl border border-line-soft bg-surface p-4 shadow-sm group-hover:border-accent"
        >
          {/* One text run, so the button's name reads "Card 1 of 4: SCIM 2.0, front." without stray spaces. */}
          <span className="sr-only">{`${position}: ${title}, front.`}</span>
          <span aria-hidden="true" className="block text-xs font-semibold tracking-wider text-muted uppercase">
            {position}
          </span>
          <span aria-hidden="true" className="flex flex-1 items-center gap-2 text-lg font-bold">
            {icon}
            {title}
          </span>
          <span data-flip-hint className="block text-sm text-muted">
            Flip {turnIcons.front}
          </span>
        </span>
        <span
          data-face="back"
          aria-hidden={hideBack || undefined}
          inert={hideBack}
          className="flip-card__face flip-card__back flex flex-col gap-2 rounded-xl border border-accent bg-accent-soft p-4 shadow-sm"
        >
          <span className="sr-only">{`${position}: ${title}, back:`}</span>
          <span aria-hidden="true" className="block text-xs font-semibold tracking-wider text-muted uppercase">
            {position} · {title}
          </span>
          <span className="block flex-1 text-[0.95rem] leading-relaxed text-ink">{children}</span>
          <span data-flip-hint className="block text-sm text-muted">
            Flip back {turnIcons.back}
          </span>
        </span>
      </span>
    </button>
  );
}

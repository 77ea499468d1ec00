"use client";

import { LazyMotion, domAnimation, m, useReducedMotion } from "framer-motion";
import type { ReactNode } from "react";

/**
 * The packet that travels along the wire. It only exists once the learner presses Play or Step,
 * so this module (and framer-motion with it) is loaded on demand and is not part of the page's
 * first-load JavaScript. It is never wider than the wire: a long label ("Group Push sync") wraps
 * inside the pill rather than being cut off. Moved with transforms only (a track-wide carrier plus the packet's own
 * width), never with left/right: transforms are not layout shifts.
 */
export default function Packet({ forward, broken, direction, children }: {
  forward: boolean;
  broken: boolean;
  direction: "to-target" | "to-source";
  children: ReactNode;
}) {
  const reduceMotion = useReducedMotion();
  const carrier = { from: forward ? "0%" : "100%", to: forward ? "100%" : "0%" };
  const packet = { from: forward ? "0%" : "-100%", to: forward ? "-100%" : "0%" };
  const travel = reduceMotion ? { duration: 0 } : { duration: 1, ease: "easeInOut" as const };
  return (
    <LazyMotion features={domAnimation} strict>
      <m.div
        initial={reduceMotion ? false : { x: carrier.from }}
        animate={{ x: carrier.to }}
        transition={travel}
        style={{ y: "-50%" }}
        className="pointer-events-none absolute inset-x-0 top-1/2 z-10"
      >
        <m.div
          initial={reduceMotion ? false : { x: packet.from }}
          animate={{ x: packet.to }}
          transition={travel}
          data-packet={direction}
          className={`inline-block max-w-full rounded-xl px-2 py-0.5 text-center font-mono text-xs leading-tight font-bold text-balance shadow ${
            broken ? "bg-danger text-on-accent" : "bg-accent text-on-accent"
          }`}
        >
          {children}
        </m.div>
      </m.div>
    </LazyMotion>
  );
}

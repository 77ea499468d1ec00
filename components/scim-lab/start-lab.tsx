"use client";

import { lazy, Suspense, useState } from "react";
import type { ScimLabConfig } from "./types";

// The lab, its service provider and scimmy load on the click, never with the lesson.
const LabPanel = lazy(() => import("./lab-panel").then((m) => ({ default: m.LabPanel })));

/** "Start the lab": swaps itself for the lab once its code has loaded. */
export function StartLab({ config }: { config: ScimLabConfig }) {
  const [started, setStarted] = useState(false);
  if (!started) {
    return (
      <button
        type="button"
        onClick={() => setStarted(true)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-5 font-semibold text-on-accent"
      >
        <span aria-hidden="true">▶</span> Start the lab
      </button>
    );
  }
  return (
    <Suspense fallback={<p role="status">Loading the lab…</p>}>
      <LabPanel config={config} />
    </Suspense>
  );
}

"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { useProgress } from "./progress-provider";

// The confirmation dialog (and Radix) loads on the first click: it stays out of the first-load JS.
const ResetDialog = lazy(() => import("./reset-dialog").then((m) => ({ default: m.ResetDialog })));

/** "Reset my progress", behind a confirmation: it clears everything saved for this lesson. */
export function ResetProgress() {
  const reset = useProgress((s) => s.reset);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [done, setDone] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <div className="js-only mt-10 border-t border-line-soft pt-4 text-sm">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
          setDone(false);
        }}
        className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-semibold text-ink hover:border-danger hover:text-danger"
      >
        Reset my progress
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <ResetDialog
            open={open}
            onOpenChange={setOpen}
            onConfirm={() => {
              reset();
              setDone(true);
              setOpen(false);
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              trigger.current?.focus();
            }}
          />
        </Suspense>
      )}
      <p role="status" className="mt-2 text-muted">
        {done ? "Your progress on this lesson was reset." : ""}
      </p>
    </div>
  );
}

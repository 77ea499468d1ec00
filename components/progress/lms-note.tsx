"use client";

import { useStore } from "zustand";
import { lmsStatus, problemNote } from "@/lib/scorm/lms-status";
import { site } from "@/lib/site";

function Note() {
  const problem = useStore(lmsStatus, (s) => s.problem);
  if (!problem) return null;
  return (
    <p role="status" data-lms-note className="fixed right-3 bottom-3 z-50 max-w-sm rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-muted shadow">
      <span aria-hidden="true">ⓘ </span>
      {problemNote(problem)}
    </p>
  );
}

/** A discreet note when the LMS refused a call; the lesson goes on. Only SCORM packages have an LMS. */
export function LmsNote() {
  return site.packaged ? <Note /> : null;
}

"use client";

import { useProgress } from "./progress-provider";

/** A discreet note when the browser refuses storage: progress then lives only as long as the tab. */
export function StorageNote() {
  const memoryOnly = useProgress((s) => s.hydrated && s.storageMode === "memory");
  if (!memoryOnly) return null;
  return (
    <p data-storage-note className="mt-3 rounded-md bg-surface-2 px-3 py-2 text-sm text-muted">
      <span aria-hidden="true">ⓘ </span>
      Progress can&apos;t be saved in this browser (private mode?) — it lasts until you close the tab.
    </p>
  );
}

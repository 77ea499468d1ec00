/**
 * The progress store's persistence while an LMS runs the lesson: suspend_data is the record, and a
 * copy stays on the device, keyed by learner, for the case where the LMS says it resumes an attempt
 * but lost (or never accepted) its suspend_data.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { SafeStorage } from "@/lib/progress/safe-storage";
import type { Progress } from "@/lib/progress/schema";
import type { LmsSession } from "./session";
import { decodeSuspendData } from "./suspend-data";

export function lmsPersistStorage(session: Pick<LmsSession, "launchData" | "resuming" | "saveProgress">, backup: SafeStorage, backupKey: string): PersistStorage<Progress> {
  // What this page last saved: a later read (the store rehydrates on another tab's storage event)
  // must not go back to what the LMS held at launch.
  let latest: StorageValue<Progress> | null = null;
  return {
    getItem: () => {
      if (latest) return latest;
      const fromLms = decodeSuspendData(session.launchData);
      if (fromLms || !session.resuming) return fromLms;
      const copy = backup.getItem(backupKey);
      return typeof copy === "string" ? decodeSuspendData(copy) : null;
    },
    setItem: (_name, value) => {
      latest = value;
      backup.setItem(backupKey, JSON.stringify(value));
      session.saveProgress(value.state);
    },
    removeItem: () => {
      latest = null;
      backup.removeItem(backupKey);
    },
  };
}

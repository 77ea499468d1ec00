/**
 * The progress store's persistence while an LMS runs the lesson: suspend_data is the record, and a
 * copy stays on the device, keyed by learner, for the case where the LMS says it resumes an attempt
 * but lost (or never accepted) its suspend_data.
 */
import type { PersistStorage } from "zustand/middleware";
import type { SafeStorage } from "@/lib/progress/safe-storage";
import type { Progress } from "@/lib/progress/schema";
import type { LmsSession } from "./session";
import { decodeSuspendData } from "./suspend-data";

export function lmsPersistStorage(session: Pick<LmsSession, "launchData" | "resuming" | "saveProgress">, backup: SafeStorage, backupKey: string): PersistStorage<Progress> {
  return {
    getItem: () => {
      const fromLms = decodeSuspendData(session.launchData);
      if (fromLms || !session.resuming) return fromLms;
      const copy = backup.getItem(backupKey);
      return typeof copy === "string" ? decodeSuspendData(copy) : null;
    },
    setItem: (_name, value) => {
      backup.setItem(backupKey, JSON.stringify(value));
      session.saveProgress(value.state);
    },
    removeItem: () => backup.removeItem(backupKey),
  };
}

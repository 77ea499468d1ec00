/**
 * localStorage that never throws. Private browsing, a full quota or a blocked storage API all fall
 * back to memory for the rest of the visit, and `mode` says so, so the page can tell the learner.
 */
import type { StateStorage } from "zustand/middleware";

export type StorageMode = "local" | "memory";

export interface SafeStorage extends StateStorage {
  readonly mode: StorageMode;
}

export function createSafeStorage(getBacking: () => Storage | undefined = () => globalThis.localStorage): SafeStorage {
  const memory = new Map<string, string>();
  let mode: StorageMode = "local";
  const backing = (): Storage | undefined => {
    if (mode === "memory") return undefined;
    try {
      const storage = getBacking();
      if (!storage) mode = "memory";
      return storage;
    } catch {
      mode = "memory";
      return undefined;
    }
  };
  const attempt = <T>(run: (s: Storage) => T, fallback: () => T): T => {
    const storage = backing();
    if (storage) {
      try {
        return run(storage);
      } catch {
        mode = "memory";
      }
    }
    return fallback();
  };
  return {
    get mode() {
      return mode;
    },
    getItem: (name) => attempt((s) => s.getItem(name), () => memory.get(name) ?? null),
    setItem: (name, value) => {
      memory.set(name, value);
      attempt((s) => s.setItem(name, value), () => undefined);
    },
    removeItem: (name) => {
      memory.delete(name);
      attempt((s) => s.removeItem(name), () => undefined);
    },
  };
}

"use client";

/**
 * Creates the lesson's progress store once per page (never a module-level global, per zustand's
 * Next.js guidance), reads saved progress after the first render so hydration matches the static
 * HTML, and follows changes made in another tab through the `storage` event.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createSafeStorage } from "@/lib/progress/safe-storage";
import { createLessonStore, hydrateLessonStore, storageKey, type LessonProgressState, type LessonStore, type Assessment } from "@/lib/progress/store";
import { linkLms } from "./lms-link";

const StoreContext = createContext<LessonStore | null>(null);

/** Resolves in a later task, letting the browser paint and take input first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function ProgressProvider({ slug, assessment, children }: { slug: string; assessment: Assessment; children: ReactNode }) {
  const [{ store, storage }] = useState(() => {
    const storage = createSafeStorage();
    return { storage, store: createLessonStore(slug, assessment, storage) };
  });

  useEffect(() => {
    let active = true;
    let unlinkLms = () => {};
    // Saved progress is read in a task of its own, after the one that finished hydrating the page:
    // the re-render it causes is not added to hydration's. In a SCORM package launched by an LMS,
    // the LMS holds the progress: connect before reading it.
    void nextTask()
      .then(() => (active ? linkLms(store, slug, assessment.questions) : null))
      .then((unlink) => {
        if (!unlink) return;
        if (!active) return unlink();
        unlinkLms = unlink;
        return hydrateLessonStore(store, storage);
      });
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(slug)) void hydrateLessonStore(store, storage);
    };
    // A write that failed (quota, private mode) switches storage to memory: show it.
    const unsubscribe = store.subscribe((state) => {
      if (state.storageMode !== storage.mode) store.setState({ storageMode: storage.mode });
    });
    window.addEventListener("storage", onStorage);
    return () => {
      active = false;
      unlinkLms();
      window.removeEventListener("storage", onStorage);
      unsubscribe();
    };
  }, [store, storage, slug, assessment]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Selects from the lesson's progress; must be used inside ProgressProvider. */
export function useProgress<T>(selector: (state: LessonProgressState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useProgress must be used inside <ProgressProvider>");
  return useStore(store, selector);
}

/** The store itself, for event handlers that read state without subscribing (the SCIM lab). */
export function useProgressStore(): LessonStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useProgressStore must be used inside <ProgressProvider>");
  return store;
}

"use client";

/**
 * Creates the lesson's progress store once per page (never a module-level global, per zustand's
 * Next.js guidance), reads saved progress after the first render so hydration matches the static
 * HTML, and follows changes made in another tab through the `storage` event.
 */
import { createContext, startTransition, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
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
    // What saved progress changes (answers, the XP meter, flipped cards, the level) renders as a
    // transition: in slices between which the browser paints and takes input (see useProgress).
    const readSaved = () => startTransition(() => hydrateLessonStore(store, storage));
    // Saved progress is read in a task of its own, after the one that finished hydrating the page:
    // the re-render it causes is not added to hydration's. In a SCORM package launched by an LMS,
    // the LMS holds the progress: connect before reading it.
    void nextTask()
      .then(() => (active ? linkLms(store, slug, assessment.questions) : null))
      .then((unlink) => {
        if (!unlink) return;
        if (!active) return unlink();
        unlinkLms = unlink;
        readSaved();
      });
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(slug)) readSaved();
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

/**
 * Selects from the lesson's progress; must be used inside ProgressProvider. The selector must
 * return the same value (by Object.is) while what it selects is unchanged.
 * The component keeps the store's state as React state and re-renders when its selection changes.
 * Not `useSyncExternalStore` (zustand's `useStore`): React renders its updates at once, as one task
 * the browser cannot interrupt, and reading saved progress changes what dozens of widgets show. As
 * state, a change renders in the lane of the code that made it: the provider reads saved progress
 * in a transition, which React renders in slices; a learner's click or keystroke renders at once,
 * as state set in an event handler does.
 */
export function useProgress<T>(selector: (state: LessonProgressState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useProgress must be used inside <ProgressProvider>");
  // The state the server rendered with, until the component follows the store: hydration must match it.
  const [state, setState] = useState(store.getInitialState);
  const select = useRef(selector);
  const following = useRef(false);
  const value = selector(state);
  useLayoutEffect(() => {
    select.current = selector;
    // A selector that reads props may select differently from the store's current state than from
    // the state this component kept (kept unchanged while its old selection was): catch up now.
    if (following.current && !Object.is(value, selector(store.getState()))) setState(store.getState());
  }, [store, selector, value]);
  // Follows the store from its commit on, before the browser gets control back: a choice the learner
  // makes as soon as the component is on screen (one made on the HTML and reported as its block
  // hydrates included) renders at once. What changed before (saved progress read before a late
  // block hydrated) renders as the provider's read does, in a transition.
  useLayoutEffect(() => {
    const follow = (next: LessonProgressState) => setState((kept) => (Object.is(select.current(kept), select.current(next)) ? kept : next));
    const unsubscribe = store.subscribe(follow);
    following.current = true;
    startTransition(() => follow(store.getState()));
    return () => {
      following.current = false;
      unsubscribe();
    };
  }, [store]);
  return value;
}

/** The store itself, for event handlers that read state without subscribing (the SCIM lab). */
export function useProgressStore(): LessonStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useProgressStore must be used inside <ProgressProvider>");
  return store;
}

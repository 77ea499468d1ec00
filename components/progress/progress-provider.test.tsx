// @vitest-environment jsdom
/**
 * The progress provider and useProgress: saved progress shows once read, rendered as a transition
 * (not in the task that read it), a component re-renders only when its selection changes, and a
 * selector is the one of the latest render.
 */
import { act, useEffect, useState, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROGRESS_VERSION } from "@/lib/progress/schema";
import { storageKey, type Assessment, type LessonProgressState, type LessonStore } from "@/lib/progress/store";
import { ProgressProvider, useProgress, useProgressStore } from "./progress-provider";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const SLUG = "lesson";
const assessment: Assessment = { questions: [{ id: "q1", hash: "h1", kind: "choose-one", correct: "a", letters: ["a", "b"], placement: "inline", variantOf: null }], passPercent: 70 };
const savedAnswer = (choice: string) => JSON.stringify({ state: { answers: { q1: { choice, hash: "h1", locked: true } } }, version: PROGRESS_VERSION });

let root: Root;
let host: HTMLElement;
let store: LessonStore | undefined;
const renders = new Map<string, number>();

function Shows({ name, select }: { name: string; select: (s: LessonProgressState) => unknown }) {
  const value = useProgress(select);
  renders.set(name, (renders.get(name) ?? 0) + 1);
  return <output data-name={name}>{String(value)}</output>;
}

function CatchStore() {
  const progress = useProgressStore();
  useEffect(() => {
    store = progress;
  }, [progress]);
  return null;
}

const shown = (name: string) => host.querySelector(`[data-name="${name}"]`)?.textContent;
const later = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(children: ReactNode) {
  await act(async () => root.render(<ProgressProvider slug={SLUG} assessment={assessment}>{[<CatchStore key="store" />, children]}</ProgressProvider>));
}

/** Waits until saved progress has been read and rendered. */
async function hydrated() {
  await act(async () => {
    while (!store?.getState().hydrated) await later(5);
  });
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  localStorage.clear();
  localStorage.setItem(storageKey(SLUG), savedAnswer("b"));
  host = document.createElement("div");
  root = createRoot(host);
  store = undefined;
  renders.clear();
});

afterEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => root.unmount());
});

describe("ProgressProvider and useProgress", () => {
  it("shows saved progress once it is read, and re-renders only the components whose selection changed", async () => {
    await mount([<Shows key="a" name="answer" select={(s) => (s.hydrated ? s.answers.q1?.choice : "none")} />, <Shows key="p" name="played" select={(s) => s.demoPlayed} />]);
    expect(shown("answer")).toBe("none");
    const before = renders.get("played");
    await hydrated();
    expect(shown("answer")).toBe("b");
    expect(renders.get("played")).toBe(before);
  });

  it("renders saved progress in a later task than the one that read it, not at once as an external-store update", async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
    // What the page shows in a microtask of the task that read saved progress. Store listeners run
    // in the order they subscribed: this one, subscribed in an effect of the component after the
    // one shown (and before the provider's, which reads the progress), runs after that one's.
    const sameTask = new Promise<string | null | undefined>((resolve) => {
      function Watch() {
        const progress = useProgressStore();
        useEffect(() =>
          progress.subscribe((state) => {
            if (state.hydrated) queueMicrotask(() => resolve(shown("answer")));
          }),
        );
        return null;
      }
      root.render(
        <ProgressProvider slug={SLUG} assessment={assessment}>
          <Shows name="answer" select={(s) => (s.hydrated ? s.answers.q1?.choice : "none")} />
          <Watch />
        </ProgressProvider>,
      );
    });
    expect(await sameTask).toBe("none");
    await later(50);
    expect(shown("answer")).toBe("b");
  });

  it("follows changes made outside React, and selects with the selector of the latest render", async () => {
    function Picker() {
      const [id, setId] = useState("a");
      const flipped = useProgress((s) => s.flipped.includes(id));
      return (
        <button type="button" data-name="picker" onClick={() => setId("b")}>
          {String(flipped)}
        </button>
      );
    }
    await mount(<Picker key="picker" />);
    await hydrated();
    act(() => store!.getState().toggleFlipped("b"));
    expect(shown("picker")).toBe("false");
    act(() => host.querySelector("button")!.click());
    expect(shown("picker")).toBe("true");
    act(() => store!.getState().toggleFlipped("b"));
    expect(shown("picker")).toBe("false");
  });

  it("reads a change another tab saved", async () => {
    await mount(<Shows key="a" name="answer" select={(s) => (s.hydrated ? s.answers.q1?.choice : "none")} />);
    await hydrated();
    localStorage.setItem(storageKey(SLUG), savedAnswer("a"));
    await act(async () => {
      window.dispatchEvent(new StorageEvent("storage", { key: storageKey(SLUG) }));
      await later();
    });
    expect(shown("answer")).toBe("a");
  });
});

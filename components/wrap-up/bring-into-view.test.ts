// @vitest-environment jsdom
/**
 * Bringing a result into view: a near one glides, a far one jumps, and a jump made while a glide is
 * under way is put back when that glide's last steps move the page, until the learner acts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A fresh module each test: it remembers the last glide it started. */
let bringIntoView: typeof import("./bring-into-view").bringIntoView;

/** An element whose top edge in the view the test sets, and the scrolls asked of it. */
function element(top: number) {
  const el = document.createElement("div");
  el.tabIndex = -1;
  document.body.append(el);
  const at = { top };
  el.getBoundingClientRect = () => ({ top: at.top }) as DOMRect;
  const scrolls: ScrollBehavior[] = [];
  el.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => {
    scrolls.push(typeof options === "object" ? (options.behavior ?? "auto") : "auto");
    at.top = 80;
  };
  return { el, at, scrolls };
}

beforeEach(async () => {
  vi.resetModules();
  ({ bringIntoView } = await import("./bring-into-view"));
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as typeof window.matchMedia;
  Object.defineProperty(window, "innerHeight", { value: 740, configurable: true });
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("bringIntoView", () => {
  it("glides to a near element, jumps to a far one, and focuses both", () => {
    const near = element(600);
    bringIntoView(near.el);
    expect(near.scrolls).toEqual(["smooth"]);
    expect(document.activeElement).toBe(near.el);
    const far = element(-9_000);
    bringIntoView(far.el);
    expect(far.scrolls).toEqual(["instant"]);
    expect(document.activeElement).toBe(far.el);
  });

  it("jumps without gliding when the reader asks for reduced motion", () => {
    window.matchMedia = ((query: string) => ({ matches: query.includes("reduce"), media: query })) as typeof window.matchMedia;
    const near = element(600);
    bringIntoView(near.el);
    expect(near.scrolls).toEqual(["instant"]);
  });

  it("puts a jump made during a glide back where it landed when the glide's last steps move the page", () => {
    bringIntoView(element(600).el);
    const note = element(-9_000);
    bringIntoView(note.el);
    expect(note.scrolls).toEqual(["instant"]);
    note.at.top = 18;
    window.dispatchEvent(new Event("scrollend"));
    expect(note.scrolls).toEqual(["instant", "instant"]);
    expect(note.at.top).toBe(80);
    // Where it already is, nothing more is asked.
    window.dispatchEvent(new Event("scrollend"));
    expect(note.scrolls).toHaveLength(2);
  });

  it("lets the learner scroll away: after their input, or after two seconds, the page no longer moves on its own", () => {
    bringIntoView(element(600).el);
    const note = element(-9_000);
    bringIntoView(note.el);
    window.dispatchEvent(new WheelEvent("wheel"));
    note.at.top = 500;
    window.dispatchEvent(new Event("scrollend"));
    expect(note.scrolls).toHaveLength(1);

    vi.advanceTimersByTime(5_000);
    bringIntoView(element(600).el);
    const later = element(-9_000);
    bringIntoView(later.el);
    vi.advanceTimersByTime(2_000);
    later.at.top = 500;
    window.dispatchEvent(new Event("scrollend"));
    expect(later.scrolls).toHaveLength(1);
  });

  it("leaves a jump alone when no glide was under way", () => {
    const note = element(-9_000);
    bringIntoView(note.el);
    note.at.top = 18;
    window.dispatchEvent(new Event("scrollend"));
    expect(note.scrolls).toHaveLength(1);
  });
});

// @vitest-environment jsdom
/**
 * The script that lets off-screen sections wait: only on a fresh visit at the top of the page in a
 * browser that supports it, and never in the way of an in-page link or a printout. The rule it
 * switches on is the stylesheet's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { layOutAllSections, offscreenSectionsCode, PHONE_WIDTH, SECTIONS_ATTRIBUTE, SECTIONS_WAIT } from "./offscreen-sections";

const root = () => document.documentElement;

/** Runs the inline script as the page would, in a visit of the given kind. */
function visit({ type = "navigate", hash = "", supports = ["content-visibility", "overflow-anchor"], width = PHONE_WIDTH - 1 }: { type?: string | null; hash?: string; supports?: string[]; width?: number } = {}) {
  history.replaceState(null, "", `/lesson/${hash}`);
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: width <= Number(/max-width: ([\d.]+)px/.exec(query)?.[1] ?? NaN), media: query }));
  vi.spyOn(performance, "getEntriesByType").mockReturnValue(type === null ? [] : ([{ type }] as unknown as PerformanceEntryList));
  vi.stubGlobal("CSS", { supports: (property: string, value: string) => supports.includes(property) && value === "auto" });
  new Function(offscreenSectionsCode())();
}

afterEach(() => {
  // The script's listeners stay on the window between tests; a laid-out page leaves them inert.
  layOutAllSections();
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("off-screen sections", () => {
  it("wait on a fresh visit opened at the top, on a phone-sized screen", () => {
    visit();
    expect(root().getAttribute(SECTIONS_ATTRIBUTE)).toBe(SECTIONS_WAIT);
  });

  it.each([
    ["a reload, whose scroll position is restored", { type: "reload" }],
    ["a return through history", { type: "back_forward" }],
    ["a link to a place in the page", { hash: "#sources" }],
    ["a browser that does not say how it was opened", { type: null }],
    ["a browser without content-visibility", { supports: ["overflow-anchor"] }],
    ["a browser without scroll anchoring, which would let a section drawn above push the text down", { supports: ["content-visibility"] }],
    ["a screen as wide as a tablet's or wider", { width: PHONE_WIDTH }],
  ])("are all laid out at once on %s", (_, kind) => {
    visit(kind);
    expect(root().hasAttribute(SECTIONS_ATTRIBUTE)).toBe(false);
  });

  it("are all laid out before an in-page link is followed, from the link or anything inside it", () => {
    visit();
    document.body.innerHTML = '<a href="/other/">Away</a><a href="#sources"><sup>1</sup></a>';
    // The page itself stays: only which links lay the sections out is under test.
    document.addEventListener("click", (event) => event.preventDefault(), { once: true });
    document.querySelector<HTMLElement>('a[href="/other/"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(root().getAttribute(SECTIONS_ATTRIBUTE)).toBe(SECTIONS_WAIT);
    document.querySelector("sup")!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(root().hasAttribute(SECTIONS_ATTRIBUTE)).toBe(false);
  });

  it.each([
    ["End", {}],
    ["ArrowDown", { metaKey: true }],
    ["ArrowDown", { ctrlKey: true }],
  ])("are all laid out before %s %j takes the reader to the end of the page", (key, modifiers) => {
    visit();
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
    expect(root().getAttribute(SECTIONS_ATTRIBUTE)).toBe(SECTIONS_WAIT);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key, ...modifiers, bubbles: true }));
    expect(root().hasAttribute(SECTIONS_ATTRIBUTE)).toBe(false);
  });

  it("are all laid out before the page is printed", () => {
    visit();
    window.dispatchEvent(new Event("beforeprint"));
    expect(root().hasAttribute(SECTIONS_ATTRIBUTE)).toBe(false);
  });

  it("are laid out by layOutAllSections, which code calls before it scrolls to a place or measures one", () => {
    visit();
    layOutAllSections();
    expect(root().hasAttribute(SECTIONS_ATTRIBUTE)).toBe(false);
  });

  it("wait under the stylesheet's rule for the attribute the script sets", () => {
    const css = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");
    const rule = new RegExp(`\\[${SECTIONS_ATTRIBUTE}="${SECTIONS_WAIT}"\\][^{]*\\{[^}]*content-visibility:\\s*auto`);
    expect(css).toMatch(rule);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterPaintLoader, chunksOfLoader, FRAMELESS_MS, loadScriptsAfterPaint, payloadOfLoader } from "./scripts-after-paint";

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/learn/_next/static/chunks/main.js"/>',
  '<script src="/learn/_next/static/chunks/a.js" async=""></script>',
  '<script src="./_next/static/chunks/b.js" async></script>',
  '<script src="/learn/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="https://example.com/widget.js" async=""></script>',
  "<script>document.documentElement.dataset.level=\"L2\"</script>",
  "</head><body><h1>Title</h1><p>Text</p>",
  '<script id="_R_">self.bootstrap=1</script><script src="/learn/_next/static/chunks/main.js" async=""></script>',
  '<script>self.__next_f.push([1,"<script src=\\"/_next/static/x.js\\" async=\\"\\">"])</script>',
  "</body></html>",
].join("");

describe("loadScriptsAfterPaint", () => {
  it("takes out Next's async chunks and script preloads and adds one loader where the entry chunk stood", () => {
    const { html, chunks } = loadScriptsAfterPaint(PAGE);
    expect(chunks).toEqual(["/learn/_next/static/chunks/a.js", "./_next/static/chunks/b.js", "/learn/_next/static/chunks/main.js"]);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).not.toMatch(/<script src="[^"]*\/_next\/static\/chunks\/(a|b|main)\.js"/);
    expect(html).toMatch(/<script id="_R_">self\.bootstrap=1<\/script><script>\(function\(\)\{var c=[^<]*<\/script><\/body>/);
  });

  it("moves the inline payload to a file beside the chunks, which the loader fetches", () => {
    const { html, chunks, payload } = loadScriptsAfterPaint(PAGE);
    expect(payload).toEqual({ url: expect.stringMatching(/^\/learn\/_next\/static\/chunks\/payload-[0-9a-f]{16}\.json$/), json: JSON.stringify(['<script src="/_next/static/x.js" async="">']) });
    expect(html).not.toContain("self.__next_f.push(");
    expect(html).toContain(`<script>${afterPaintLoader(chunks, payload!.url)}</script></body>`);
    expect(payloadOfLoader(afterPaintLoader(chunks, payload!.url))).toBe(payload!.url);
    expect(payloadOfLoader(afterPaintLoader(chunks))).toBeUndefined();
  });

  it("leaves everything else as it was: styles, the no-module polyfill, other sites' scripts, inline scripts and text", () => {
    const { html } = loadScriptsAfterPaint(PAGE);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<script src="/learn/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="https://example.com/widget.js" async=""></script>',
      "<script>document.documentElement.dataset.level=\"L2\"</script>",
      "<h1>Title</h1><p>Text</p>",
    ]) expect(html).toContain(kept);
  });

  it("returns a page without Next's chunks unchanged", () => {
    const page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Plain</p></body></html>";
    expect(loadScriptsAfterPaint(page)).toEqual({ html: page, chunks: [] });
  });
});

describe("the loader", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.replaceChildren();
  });
  const added = () => [...document.head.querySelectorAll("script")].map((s) => ({ src: s.getAttribute("src"), async: s.async }));
  const visibility = (state: DocumentVisibilityState) => Object.defineProperty(document, "visibilityState", { value: state, configurable: true });

  it("adds the chunks, in order and with their src strings as written, only once the first contentful paint is reported", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    visibility("visible");
    class FakeObserver {
      static supportedEntryTypes = ["paint", "largest-contentful-paint"];
      disconnected = false;
      constructor(readonly callback: PerformanceObserverCallback) {
        observers.push(this);
      }
      observe() {}
      disconnect() {
        this.disconnected = true;
      }
    }
    const observers: FakeObserver[] = [];
    vi.stubGlobal("PerformanceObserver", FakeObserver);
    const report = (...names: string[]) => {
      const list = { getEntriesByName: (name: string) => names.filter((n) => n === name) } as unknown as PerformanceObserverEntryList;
      observers[0]!.callback(list, observers[0] as unknown as PerformanceObserver);
    };
    new Function(afterPaintLoader(["./_next/static/chunks/a.js", "./_next/static/chunks/main.js"]))();
    // Frames drawn and a first paint without content are not yet the text on screen.
    vi.advanceTimersByTime(100);
    report("first-paint");
    vi.advanceTimersByTime(100);
    expect(added()).toEqual([]);
    report("first-contentful-paint");
    expect(observers[0]!.disconnected).toBe(true);
    vi.advanceTimersByTime(1);
    const both = [
      { src: "./_next/static/chunks/a.js", async: true },
      { src: "./_next/static/chunks/main.js", async: true },
    ];
    expect(added()).toEqual(both);
    // Once only: the wait for a paint that never came does not add them again.
    vi.advanceTimersByTime(FRAMELESS_MS);
    expect(added()).toEqual(both);
  });

  it("where paints are not reported, adds the chunks two frames after it runs", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    vi.stubGlobal("PerformanceObserver", undefined);
    visibility("visible");
    new Function(afterPaintLoader(["./_next/static/chunks/a.js"]))();
    // The fake clock draws a frame every 16 ms.
    vi.advanceTimersByTime(20);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(added()).toEqual([{ src: "./_next/static/chunks/a.js", async: true }]);
  });

  it("starts each request in a task of its own: the payload's fetch, then each chunk, the entry last", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    visibility("visible");
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => (fetched.push(url), { ok: true, json: async () => [] }));
    vi.stubGlobal("__next_f", [[0]]);
    new Function(afterPaintLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/main.js"], "/_next/static/chunks/payload-1.json"))();
    vi.stubGlobal("PerformanceObserver", undefined);
    vi.advanceTimersByTime(32); // two frames
    vi.advanceTimersToNextTimer(); // the task after them
    const seen = [{ fetched: fetched.length, added: added().length }];
    while (vi.getTimerCount() > 1) {
      // The one other timer is the wait for a paint that never came (FRAMELESS_MS).
      vi.advanceTimersToNextTimer();
      seen.push({ fetched: fetched.length, added: added().length });
    }
    await vi.waitFor(() => expect(added()).toHaveLength(3));
    expect(seen).toEqual([
      { fetched: 1, added: 0 },
      { fetched: 1, added: 1 },
      { fetched: 1, added: 2 },
      // The entry's turn: it waits for the payload, which arrives after these tasks.
      { fetched: 1, added: 2 },
    ]);
    expect(added().map((s) => s.src)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/main.js"]);
  });

  it("adds them after a while when no frame is drawn, as in a frame the browser does not render", () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    vi.stubGlobal("requestAnimationFrame", () => 0);
    visibility("visible");
    new Function(afterPaintLoader(["/_next/static/chunks/a.js"]))();
    vi.advanceTimersByTime(FRAMELESS_MS - 1);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toEqual([{ src: "/_next/static/chunks/a.js", async: true }]);
  });

  it("adds them at once in a background tab, which draws no frames", () => {
    visibility("hidden");
    new Function(afterPaintLoader(["/_next/static/chunks/a.js"]))();
    expect(added()).toEqual([{ src: "/_next/static/chunks/a.js", async: true }]);
  });

  it("names its chunks to anyone who reads the page (the bench's first-load figures)", () => {
    const chunks = ["/_next/static/chunks/a.js", "/_next/static/chunks/main.js"];
    expect(chunksOfLoader(afterPaintLoader(chunks))).toEqual(chunks);
    expect(chunksOfLoader('self.__next_f.push([1,"x"])')).toEqual([]);
  });

  it("with a payload, adds the entry chunk only once the payload is in Next's hands, and never if it cannot be fetched", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    visibility("visible");
    const answer = { ok: true, json: async () => ["0:\"a\"\n", "1:\"b\"\n"] };
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => (fetched.push(url), answer));
    vi.stubGlobal("__next_f", [[0]]);
    vi.stubGlobal("PerformanceObserver", undefined);
    new Function(afterPaintLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/main.js"], "/_next/static/chunks/payload-1.json"))();
    vi.advanceTimersByTime(40);
    expect(added()).toEqual([{ src: "/_next/static/chunks/a.js", async: true }]);
    expect(fetched).toEqual(["/_next/static/chunks/payload-1.json"]);
    await vi.waitFor(() => expect(added()).toHaveLength(2));
    expect(added()[1]).toEqual({ src: "/_next/static/chunks/main.js", async: true });
    expect((globalThis as { __next_f?: unknown[] }).__next_f).toEqual([[0], [1, '0:"a"\n'], [1, '1:"b"\n']]);

    document.head.replaceChildren();
    vi.stubGlobal("fetch", async () => ({ ok: false, status: 404 }));
    const said = vi.spyOn(console, "error").mockImplementation(() => {});
    new Function(afterPaintLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/main.js"], "/_next/static/chunks/payload-2.json"))();
    vi.advanceTimersByTime(40);
    await vi.waitFor(() => expect(said).toHaveBeenCalledWith("This page's data did not load (payload 404): it can be read but not used."));
    await vi.advanceTimersByTimeAsync(FRAMELESS_MS);
    expect(added()).toEqual([{ src: "/_next/static/chunks/a.js", async: true }]);
    said.mockRestore();
  });

  it("keeps a chunk name that holds markup from closing its script", () => {
    expect(afterPaintLoader(["/_next/static/chunks/</script>.js"])).not.toContain("</script>");
  });
});

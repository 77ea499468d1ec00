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
    // A test that failed while the loader held Next's start leaves the document as it was.
    Reflect.deleteProperty(document, "readyState");
    Reflect.deleteProperty(document, "addEventListener");
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.replaceChildren();
  });
  const added = () => [...document.head.querySelectorAll("script")].map((s) => ({ src: s.getAttribute("src"), async: s.async }));
  const visibility = (state: DocumentVisibilityState) => Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
  /** What Next's entry does with the payload when it starts (`next/dist/client/app-index.js`): reads the document's state, listens for DOMContentLoaded or closes its stream in the next task, reads the buffer, then takes over `push`. */
  const nextStarts = () => {
    const next = { parts: [] as string[], closed: false, sawLoading: document.readyState === "loading" };
    const close = () => void (next.closed = true);
    if (next.sawLoading) document.addEventListener("DOMContentLoaded", close, false);
    else setTimeout(close);
    const buffer = (globalThis as { __next_f?: unknown[][] }).__next_f!;
    const take = (segment: unknown[]) => void (segment[0] === 1 && !next.closed && next.parts.push(segment[1] as string));
    buffer.forEach(take);
    buffer.length = 0;
    buffer.push = take as unknown as typeof buffer.push;
    return next;
  };
  /** Runs the timers left, so the parts handed over leave no timer behind. */
  const runTimersLeft = () => {
    while (vi.getTimerCount() > 0) vi.advanceTimersToNextTimer();
  };

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

  it("with a payload, adds the entry chunk only once the payload has arrived, and never if it cannot be fetched", async () => {
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
    // The page's bootstrap marker is still the only thing in Next's buffer: the parts wait for Next.
    expect((globalThis as { __next_f?: unknown[] }).__next_f).toEqual([[0]]);
    nextStarts();
    runTimersLeft();

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

  it("hands the payload to Next one part per task once Next has started, and lets Next close its stream only after the last part", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    visibility("visible");
    const parts = ['0:"a"\n', '1:"b"\n', '2:"c"\n'];
    vi.stubGlobal("fetch", async () => ({ ok: true, json: async () => [...parts] }));
    vi.stubGlobal("__next_f", [[0]]);
    vi.stubGlobal("PerformanceObserver", undefined);
    const documentState = document.readyState;
    new Function(afterPaintLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/main.js"], "/_next/static/chunks/payload-1.json"))();
    vi.advanceTimersByTime(40);
    await vi.waitFor(() => expect(added()).toHaveLength(2));
    // A DOMContentLoaded listener added while Next starts is called with Next's, after the last part.
    const other = vi.fn();
    document.addEventListener("DOMContentLoaded", other);

    const next = nextStarts();
    // Next saw a document still loading and listened for its DOMContentLoaded; the document is as it was again.
    expect(next.sawLoading).toBe(true);
    expect(document.readyState).toBe(documentState);
    expect(Object.getOwnPropertyNames(document)).not.toContain("readyState");
    expect(Object.getOwnPropertyNames(document)).not.toContain("addEventListener");
    // Nothing in the task that starts Next, then one part per task, and the close after the last.
    const seen = [{ parts: next.parts.length, closed: next.closed, other: other.mock.calls.length }];
    while (next.parts.length < parts.length || !next.closed) {
      vi.advanceTimersToNextTimer();
      seen.push({ parts: next.parts.length, closed: next.closed, other: other.mock.calls.length });
    }
    expect(seen).toEqual([
      { parts: 0, closed: false, other: 0 },
      { parts: 1, closed: false, other: 0 },
      { parts: 2, closed: false, other: 0 },
      { parts: 3, closed: true, other: 1 },
    ]);
    expect(next.parts).toEqual(parts);
  });

  it("in a background tab, hands Next the whole payload in the task after its start", async () => {
    visibility("hidden");
    vi.stubGlobal("fetch", async () => ({ ok: true, json: async () => ['0:"a"\n', '1:"b"\n'] }));
    vi.stubGlobal("__next_f", [[0]]);
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    new Function(afterPaintLoader(["/_next/static/chunks/main.js"], "/_next/static/chunks/payload-1.json"))();
    await vi.waitFor(() => expect(added()).toHaveLength(1));
    const next = nextStarts();
    expect(next.parts).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(next).toMatchObject({ parts: ['0:"a"\n', '1:"b"\n'], closed: true });
  });

  it("puts the document back if the entry chunk cannot be loaded", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    visibility("visible");
    vi.stubGlobal("fetch", async () => ({ ok: true, json: async () => ['0:"a"\n'] }));
    vi.stubGlobal("__next_f", [[0]]);
    vi.stubGlobal("PerformanceObserver", undefined);
    new Function(afterPaintLoader(["/_next/static/chunks/main.js"], "/_next/static/chunks/payload-1.json"))();
    vi.advanceTimersByTime(40);
    await vi.waitFor(() => expect(added()).toHaveLength(1));
    expect(document.readyState).toBe("loading");
    document.head.querySelector("script")!.dispatchEvent(new Event("error"));
    expect(Object.getOwnPropertyNames(document)).not.toContain("readyState");
    expect(Object.getOwnPropertyNames(document)).not.toContain("addEventListener");
  });

  it("keeps a chunk name that holds markup from closing its script", () => {
    expect(afterPaintLoader(["/_next/static/chunks/</script>.js"])).not.toContain("</script>");
  });
});

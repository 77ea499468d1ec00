// @vitest-environment jsdom
/** A lesson's blocks hydrate when they near the screen, when the reader touches them, or one by one when the browser is idle. */
import { act, useEffect, useState, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BLOCKS_ATTRIBUTE } from "@/lib/lesson-block";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

/** An IntersectionObserver whose entries the test decides. */
class FakeObserver {
  static all: FakeObserver[] = [];
  watched = new Set<Element>();
  constructor(private readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  static near(element: Element) {
    for (const observer of FakeObserver.all) if (observer.watched.has(element)) observer.report([{ target: element, isIntersecting: true }]);
  }
  static watching() {
    return FakeObserver.all.reduce((n, observer) => n + observer.watched.size, 0);
  }
}

let idle: (() => void)[] = [];
let host: HTMLElement;
let root: Root | undefined;
let hydrated: string[] = [];

/** A block that says when it has hydrated and counts the clicks it gets. */
function Probe({ name }: { name: string }) {
  const [clicks, setClicks] = useState(0);
  useEffect(() => void hydrated.push(name), [name]);
  return (
    <section id={name}>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        {`${name} ${clicks}`}
      </button>
    </section>
  );
}

async function page(names: string[]): Promise<{ HydrateInSlices: (props: { children?: ReactNode }) => ReactNode; body: ReactNode }> {
  vi.resetModules(); // each page finds its own blocks
  const { HydrateInSlices } = await import("./hydrate-in-slices");
  const body = <article {...{ [BLOCKS_ATTRIBUTE]: "" }}>{<HydrateInSlices>{names.map((name) => <Probe key={name} name={name} />)}</HydrateInSlices>}</article>;
  return { HydrateInSlices, body };
}

async function hydratePage(names: string[]) {
  host.innerHTML = renderToString((await page(names)).body); // as the server would: jsdom's document has no blocks yet
  const { body } = await page(names);
  await act(async () => {
    root = hydrateRoot(host, body);
  });
}

const button = (name: string) => host.querySelector(`#${name} button`) as HTMLButtonElement;
const runIdle = async () => {
  const next = idle.shift();
  await act(async () => next?.());
};

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  FakeObserver.all = [];
  idle = [];
  hydrated = [];
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  vi.stubGlobal("requestIdleCallback", (next: () => void) => idle.push(next));
  host = document.createElement("div");
  document.body.append(host);
  vi.spyOn(console, "error");
  // Blocks stand a few screens apart, the one named "top" on the first screen.
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    const top = this.id === "top" ? 0 : 5 * innerHeight * (1 + ["one", "two", "three"].indexOf(this.id));
    return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON: () => ({}) };
  });
});
afterEach(() => {
  expect(console.error).not.toHaveBeenCalled(); // React's warnings included
  act(() => root?.unmount());
  root = undefined;
  host.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a lesson's blocks as the page hydrates", () => {
  it("wait as the server's HTML until they are needed", async () => {
    await hydratePage(["one", "two", "three"]);
    expect(hydrated).toEqual([]);
    expect(button("two").textContent).toBe("two 0");
  });

  it("hydrate at once when near the screen as hydration starts", async () => {
    await hydratePage(["top", "one"]);
    expect(hydrated).toEqual(["top"]);
  });

  it("hydrate when they near the screen", async () => {
    await hydratePage(["one", "two", "three"]);
    await act(async () => FakeObserver.near(host.querySelector("#two")!));
    expect(hydrated).toEqual(["two"]);
  });

  it("hydrate when touched, and the touch reaches them", async () => {
    await hydratePage(["one", "two", "three"]);
    await act(async () => {
      button("three").dispatchEvent(new Event("pointerdown", { bubbles: true }));
      button("three").click();
    });
    expect(hydrated).toEqual(["three"]);
    expect(button("three").textContent).toBe("three 1");
  });

  it("hydrate one by one from the top whenever the browser is idle, then stop watching", async () => {
    await hydratePage(["one", "two", "three"]);
    await runIdle();
    expect(hydrated).toEqual(["one"]);
    await act(async () => FakeObserver.near(host.querySelector("#three")!));
    await runIdle();
    expect(hydrated).toEqual(["one", "three", "two"]);
    expect(idle).toEqual([]);
    expect(FakeObserver.watching()).toBe(0);
  });

  it("render at once when the page is drawn in the browser rather than hydrated", async () => {
    const { body } = await page(["one", "two"]);
    await act(async () => {
      root = createRoot(host);
      root.render(body);
    });
    expect(hydrated).toEqual(["one", "two"]);
  });

  it("render at once in a browser that cannot tell what is on screen", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    await hydratePage(["one", "two"]);
    expect(hydrated).toEqual(["one", "two"]);
  });
});

describe("blocksIn", () => {
  it("finds the elements of each boundary directly in the container, with boundaries nested in them as part of them", async () => {
    const { blocksIn } = await import("./blocks-on-demand");
    const container = document.createElement("article");
    container.innerHTML = "<header></header><!--$--><p id=a></p><!--$--><i id=nested></i><!--/$--><p id=b></p><!--/$-->\n<!--$--><section id=c><!--$--><b></b><!--/$--></section><!--/$--><footer></footer>";
    expect(blocksIn(container).map((block) => block.map((element) => element.id))).toEqual([["a", "nested", "b"], ["c"]]);
  });
});

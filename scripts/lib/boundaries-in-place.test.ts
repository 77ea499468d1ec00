import { createElement as h, Suspense, type ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { boundariesInPlace } from "./boundaries-in-place";

/** A paragraph long enough (over React's 500 bytes) for React to stream its boundary out of order. */
const prose = (n: number) => h("p", { className: "prose" }, `Paragraph ${n}: ${"words to read ".repeat(60)}`);

const page = (body: ReactNode) => h("html", null, h("head", null, h("title", null, "Page")), h("body", null, h("main", null, body)));

const LESSON = page([
  h("h1", { key: "h" }, "Title"),
  h(Suspense, { key: "a" }, h("section", { id: "one" }, prose(1), prose(2))),
  h(Suspense, { key: "b" }, h("section", { id: "two" }, prose(3), h(Suspense, null, h("div", null, prose(4), prose(5))))),
  h(Suspense, { key: "c", fallback: h("p", null, "Loading…") }, h("section", { id: "three" }, prose(6))),
]);

/** React's static HTML for `tree`: with a small chunk size it streams boundaries out of order; with an endless one it writes them in place. */
async function prerender(tree: ReactNode, progressiveChunkSize: number): Promise<string> {
  const { prelude } = await prerenderToNodeStream(tree, { progressiveChunkSize, onError: () => {} });
  return text(prelude);
}

describe("boundariesInPlace", () => {
  it("writes the page React writes when it streams nothing out of order", async () => {
    const streamed = await prerender(LESSON, 0);
    expect(streamed).toContain("<!--$?--><template id=\"B:");
    expect(streamed).toContain("$RC(");
    const inPlace = await prerender(LESSON, Number.POSITIVE_INFINITY);
    const { html, boundaries } = boundariesInPlace(streamed);
    expect(boundaries).toBe(4);
    expect(html).toBe(inPlace);
  });

  it("drops a filled boundary's fallback, as React's script does", async () => {
    const { html } = boundariesInPlace(await prerender(LESSON, 0));
    expect(html).not.toContain("Loading…");
    expect(html).toContain('<!--$--><section id="three">');
  });

  it("returns a page with nothing streamed as it was", async () => {
    const inPlace = await prerender(LESSON, Number.POSITIVE_INFINITY);
    expect(boundariesInPlace(inPlace)).toEqual({ html: inPlace, boundaries: 0 });
  });

  it("refuses a placeholder whose content is missing, naming the boundary", async () => {
    const streamed = await prerender(LESSON, 0);
    const id = /<div hidden id="S:([0-9a-f]+)">/.exec(streamed)![1];
    const broken = streamed.replace(`<div hidden id="S:${id}">`, '<div hidden id="elsewhere">');
    expect(() => boundariesInPlace(broken)).toThrow(`found the placeholder of boundary B:${id} with no content`);
  });

  it("refuses content with no placeholder to fill", async () => {
    const streamed = await prerender(LESSON, 0);
    const id = /<template id="B:([0-9a-f]+)">/.exec(streamed)![1];
    const broken = streamed.replace(`<!--$?--><template id="B:${id}"></template>`, "");
    expect(() => boundariesInPlace(broken)).toThrow(`found content for boundaries S:${id} with no placeholder`);
  });

  it("refuses a page where React left a boundary for the browser to render, rather than write it with a hole", async () => {
    const Fails = () => {
      throw new Error("not on the server");
    };
    const streamed = await prerender(page([h(Suspense, { key: "a" }, prose(1)), h(Suspense, { key: "b", fallback: h("p", null, "…") }, h(Fails))]), 0);
    expect(() => boundariesInPlace(streamed)).toThrow("found a boundary React could not render at build time and left to the browser (Switched to client rendering because the server rendering errored:), expected its content in the page");
  });
});

// @vitest-environment jsdom
/** Boxes the reader checked in the server's HTML before React hydrated it are reported once, as the component mounts. */
import { act, useRef, useState, type ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { useCheckedBeforeHydration } from "./use-checked-before-hydration";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let host: HTMLElement;
let root: Root | undefined;
beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement("div");
  document.body.append(host);
});
afterEach(() => {
  act(() => root?.unmount());
  host.remove();
});

function Boxes({ type, initial, found }: { type: "radio" | "checkbox"; initial: string; found: (values: string[]) => void }) {
  const [chosen, setChosen] = useState(initial);
  const list = useRef<HTMLDivElement>(null);
  useCheckedBeforeHydration(list, (value) => chosen.includes(value), found);
  return (
    <div ref={list}>
      {["a", "b", "c"].map((letter) => (
        <input key={letter} type={type} name="q" value={letter} checked={chosen.includes(letter)} onChange={() => setChosen(letter)} />
      ))}
    </div>
  );
}

/** Renders on the "server", lets the reader act on the HTML, then hydrates. */
function hydrateAfter(element: ReactElement, touch: (boxes: HTMLInputElement[]) => void) {
  host.innerHTML = renderToString(element);
  touch([...host.querySelectorAll("input")]);
  act(() => {
    root = hydrateRoot(host, element);
  });
}

it("reports the checkboxes checked before hydration, all at once", () => {
  const found = vi.fn();
  hydrateAfter(<Boxes type="checkbox" initial="" found={found} />, (boxes) => {
    boxes[0]!.checked = true;
    boxes[2]!.checked = true;
  });
  expect(found).toHaveBeenCalledTimes(1);
  expect(found).toHaveBeenCalledWith(["a", "c"]);
});

it("reports a radio picked over the one the page rendered as checked", () => {
  const found = vi.fn();
  hydrateAfter(<Boxes type="radio" initial="b" found={found} />, (boxes) => (boxes[0]!.checked = true));
  expect(found).toHaveBeenCalledWith(["a"]);
});

it("reports nothing when the boxes are as rendered, or put back as they were", () => {
  const found = vi.fn();
  hydrateAfter(<Boxes type="checkbox" initial="b" found={found} />, (boxes) => {
    boxes[0]!.checked = true;
    boxes[0]!.checked = false;
  });
  expect(found).not.toHaveBeenCalled();
});

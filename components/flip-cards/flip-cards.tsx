import type { ReactNode } from "react";

/**
 * With JavaScript off a card cannot flip, so both faces are shown one above the other and the
 * "tap to flip" hints are hidden. React hoists the <style> into <head>, the only place HTML allows
 * it, and writes it once however many card grids a page has.
 */
const NO_SCRIPT_CSS = `
[data-flip-card] [data-face] { transform: none !important; opacity: 1 !important; visibility: visible !important; grid-area: auto !important; }
[data-flip-card] [data-flip-inner] { transform: none !important; }
[data-flip-card] [data-flip-hint] { display: none !important; }
`;

/** A grid of flip cards; each card gets its "n of total" from the content pipeline. */
export function FlipCards({ children }: { children?: ReactNode }) {
  return (
    <>
      <style href="flip-cards-no-script" precedence="default">{`@media (scripting: none) {${NO_SCRIPT_CSS}}`}</style>
      <ul aria-label="Key terms — flip cards" className="my-8 grid list-none gap-3 !pl-0 sm:grid-cols-2">
        {children}
      </ul>
    </>
  );
}

/**
 * The lesson's sections that are off screen are neither styled nor laid out until they come near
 * the viewport (`content-visibility: auto`, app/globals.css), so a phone draws the first screen
 * without working through the whole page. A section not yet drawn takes an estimated height, so
 * anything that scrolls to a place in the page or measures it (an in-page link, a level switch)
 * first lays every section out, once, with `layOutAllSections`.
 *
 * It applies on a phone-sized screen (narrower than PHONE_WIDTH), where a slow CPU makes that layout
 * long and a draggable scrollbar is rare. The estimated height is more than any section's
 * (app/globals.css), so a section's content, when a script or an audit lays it out to measure it,
 * never overlaps the next section's; the price is a page that looks longer than it is until the
 * reader has scrolled through it.
 *
 * It applies only to a fresh visit opened at the top of the page: a reload, a return through history
 * or a link to a fragment restores or sets a scroll position, which estimated heights would put in
 * the wrong place. And only in a browser with scroll anchoring: when a section above the reader is
 * drawn and takes its true height, the browser keeps what the reader sees in place (without it,
 * each such section would push the text on screen down).
 */

/** The attribute on <html> under which off-screen sections wait: set by `offscreenSectionsCode`, removed by `layOutAllSections`. */
export const SECTIONS_ATTRIBUTE = "data-sections";
export const SECTIONS_WAIT = "on-screen";
/** Screens narrower than this (in CSS px) let sections wait. */
export const PHONE_WIDTH = 768;

/** Lays out every section from now on (a no-op once done or when sections never waited). */
export function layOutAllSections(): void {
  document.documentElement.removeAttribute(SECTIONS_ATTRIBUTE);
}

/**
 * The inline script, run before the page's content is parsed (its first layout included): it lets off-screen sections wait
 * when the browser can and the visit starts at the top, and lays them all out before an in-page
 * link is followed, before a key goes to the end of the page (End, or Ctrl/⌘ + ↓: the end a
 * smooth scroll aims for must be the true one) and before the page is printed.
 */
export function offscreenSectionsCode(): string {
  const name = JSON.stringify(SECTIONS_ATTRIBUTE);
  return [
    "(function(){",
    'var d=document.documentElement,n=performance.getEntriesByType&&performance.getEntriesByType("navigation")[0];',
    'var c=window.CSS;if(location.hash||!n||n.type!=="navigate"||!c||!c.supports("content-visibility","auto")||!c.supports("overflow-anchor","auto"))return;',
    `if(!matchMedia("(max-width: ${PHONE_WIDTH - 0.02}px)").matches)return;`,
    `d.setAttribute(${name},${JSON.stringify(SECTIONS_WAIT)});`,
    `function all(){d.removeAttribute(${name});removeEventListener("click",go,true);removeEventListener("keydown",key,true);removeEventListener("beforeprint",all)}`,
    'function go(e){var t=e.target;if(t&&t.closest&&t.closest(\'a[href^="#"]\'))all()}',
    'function key(e){if(e.key==="End"||(e.key==="ArrowDown"&&(e.metaKey||e.ctrlKey)))all()}',
    'addEventListener("click",go,true);addEventListener("keydown",key,true);addEventListener("beforeprint",all)',
    "})()",
  ].join("");
}

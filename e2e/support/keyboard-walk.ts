import { expect, type Locator, type Page } from "@playwright/test";

/** What one Tab stop looked like: the element, and whether focus changed how it is drawn. */
export interface FocusStop {
  element: string;
  /** Outline or box-shadow differ between focused and unfocused. */
  indicatorChanges: boolean;
  /** The focused element's top edge, and the sticky header's bottom edge, in viewport pixels. */
  top: number;
  headerBottom: number;
  /** In the header itself, or fixed on top of it (the skip link): the header cannot cover it. */
  exemptFromHeader: boolean;
}

/**
 * Presses Tab up to `stops` times; at each stop compares the element's outline and box-shadow with
 * focus and, after a blur, without it, then puts focus back so that the next Tab continues in order.
 */
export async function walkFocus(page: Page, stops = 40): Promise<FocusStop[]> {
  const found: FocusStop[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    // Let the browser scroll the element into view (smooth scrolling is off in tests' media).
    await page.waitForTimeout(30);
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const look = () => {
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      };
      const focused = look();
      const rect = el.getBoundingClientRect();
      const header = document.querySelector("header[data-site-header]");
      const position = getComputedStyle(el).position;
      const stopInfo = {
        element: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
        top: rect.top,
        headerBottom: header?.getBoundingClientRect().bottom ?? 0,
        exemptFromHeader: !!header?.contains(el) || position === "fixed",
      };
      el.blur();
      const unfocused = look();
      el.focus({ preventScroll: true });
      return { ...stopInfo, indicatorChanges: focused !== unfocused };
    });
    if (!stop) break;
    found.push(stop);
  }
  return found;
}

/** What takes a Tab stop when it is rendered, enabled and not inert. */
const TABBABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Proves that Tab reaches `target` from the stop before it, without walking the whole page: focuses
 * the last tabbable element before `target` in document order, presses Tab once, and expects
 * `target` to have focus. Where the walk itself is what a test checks, use walkFocus.
 */
export async function tabFromPrevious(page: Page, target: Locator): Promise<void> {
  const found = await target.evaluate((el, selector) => {
    // A radio group is one stop: its other radios are not the stop before it.
    const sameGroup = (e: HTMLElement) => e instanceof HTMLInputElement && el instanceof HTMLInputElement && e.type === "radio" && el.type === "radio" && e.name === el.name;
    const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (e) => e !== el && !e.contains(el) && !sameGroup(e) && !(e as HTMLButtonElement).disabled && !e.closest("[inert]") && e.getClientRects().length > 0,
    );
    const before = tabbable.filter((e) => e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
    before?.focus();
    return before ? before.outerHTML.slice(0, 80) : null;
  }, TABBABLE);
  expect(found, "a tabbable element before the target").not.toBeNull();
  await page.keyboard.press("Tab");
  await expect(target, `Tab from ${found}`).toBeFocused();
}

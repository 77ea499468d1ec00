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

/** Presses Tab until `target` has focus: proves it is reachable from the keyboard. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

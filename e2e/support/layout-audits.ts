import type { Page } from "@playwright/test";
import { SECTIONS_ATTRIBUTE } from "../../components/lesson/offscreen-sections";

/**
 * Lays out every section of the lesson, as scrolling through it would: sections off screen wait to
 * be drawn until they near the viewport, and an audit of the whole page's sizes and colours needs
 * them drawn.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate((name) => document.documentElement.removeAttribute(name), SECTIONS_ATTRIBUTE);
}

/** Headings in document order, rendered ones only; returns each skip as "h2 → h4 (text)". */
export function headingSkips(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6, [role=heading][aria-level]")].filter(
      (h) => h.getClientRects().length > 0,
    );
    const skips: string[] = [];
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.getAttribute("aria-level") ?? h.tagName.slice(1));
      if (level > previous + 1) skips.push(`h${previous} → h${level} (${(h.textContent ?? "").trim().slice(0, 50)})`);
      previous = level;
    }
    return skips;
  });
}

/**
 * Targets smaller than 24×24 CSS px that also fail WCAG 2.5.8's spacing exception: a 24 px circle
 * centred on the target touches another target (or that target's own circle, if it is small too).
 * Links inside a sentence are exempt, as WCAG exempts inline targets; so are visually hidden
 * elements such as the skip link until focused.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  await layOutWholePage(page);
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>("button, input:not([type=hidden]), select, textarea, summary, a[href], [role=button], [role=radio], [role=tab]")];
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement?.closest("p, li, dd, td, figcaption, blockquote");
      return (block?.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
    };
    const targets = all
      .filter((el) => !el.closest("[inert], [aria-hidden=true]"))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 1 && rect.height > 1);
    const isSmall = (r: DOMRect) => r.width < 24 || r.height < 24;
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const small: string[] = [];
    for (const { el, rect } of targets) {
      if (!isSmall(rect) || inSentence(el)) continue;
      const c = centre(rect);
      const crowded = targets.some(({ el: other, rect: r }) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        if (distanceToRect(c, r) < 12) return true;
        const o = centre(r);
        return isSmall(r) && Math.hypot(o.x - c.x, o.y - c.y) < 24;
      });
      if (crowded) {
        small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return small;
  });
}

/** Running animations, and elements whose CSS would still animate or transition, under reduced motion. */
export function motionLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].slice(0, 3).join(".")}` : ""}`;
    const left = document
      .getAnimations()
      .filter((a) => a.playState === "running")
      .map((a) => `running ${a.constructor.name} on ${a.effect instanceof KeyframeEffect && a.effect.target ? name(a.effect.target) : "?"}`);
    const seconds = (list: string) => Math.max(...list.split(",").map((t) => parseFloat(t) * (t.trim().endsWith("ms") ? 0.001 : 1)));
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        // No motion means none at all: a very short transition still runs, and is seen running on a slow machine.
        if (s.animationName !== "none" && seconds(s.animationDuration) > 0) left.push(`animation ${s.animationName} ${s.animationDuration} on ${name(el)}${pseudo ?? ""}`);
        if (s.transitionProperty !== "none" && seconds(s.transitionDuration) > 0) left.push(`transition ${s.transitionProperty} ${s.transitionDuration} on ${name(el)}${pseudo ?? ""}`);
      }
    }
    return left;
  });
}

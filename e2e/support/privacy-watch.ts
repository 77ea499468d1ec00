import type { Locator, Page } from "@playwright/test";

declare global {
  interface Window {
    /** Filled by the init script below: every CSP violation the page reports. */
    __cspViolations?: string[];
  }
}

/**
 * Records, for one page, every request that leaves its origin and every Content-Security-Policy
 * violation: both the `securitypolicyviolation` events the document fires and the console messages
 * Chromium prints (which also cover violations before the event listener could exist).
 * Call before the first navigation.
 */
export async function watchPrivacy(page: Page, origin: string) {
  const offOrigin: string[] = [];
  const cspMessages: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the browser.
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) offOrigin.push(`${request.method()} ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspMessages.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    offOrigin,
    cspMessages,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** Scrolls to the bottom in steps, as a reader would, so in-view effects and lazy parts run. */
export async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo({ top: y, behavior: "instant" });
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
}

/**
 * Opens every disclosure, follows the first in-page links and presses the visible buttons. A control
 * that cannot be clicked (visually hidden like the skip link, or covered) is skipped, not failed:
 * this drives the page so that its requests and scripts run; other tests check the controls.
 */
export async function exerciseControls(page: Page, { maxButtons = 12, maxLinks = 6 } = {}) {
  const tryClick = (locator: Locator) => locator.click({ timeout: 2_000 }).then(() => true, () => false);
  for (const summary of await page.locator("summary:visible").all()) await tryClick(summary);
  for (const link of (await page.locator('a[href^="#"]:visible:not(.sr-only)').all()).slice(0, maxLinks)) await tryClick(link);
  for (const button of (await page.locator("button:visible:enabled").all()).slice(0, maxButtons)) {
    // A button may open a dialog or move focus; Escape closes whatever it opened before the next one.
    if (await tryClick(button)) await page.keyboard.press("Escape");
  }
}

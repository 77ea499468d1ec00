import type { Page } from "@playwright/test";

/**
 * Collects console errors and uncaught exceptions (hydration mismatches included) for a page.
 * Call before navigating; assert `errors` is empty at the end of the test.
 */
export function watchConsole(page: Page, { allow = [] as RegExp[] } = {}): { errors: string[] } {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const text = message.text();
    if (message.type() === "warning" && !/hydrat|did not match|Warning:/i.test(text)) return;
    if (!allow.some((pattern) => pattern.test(text))) errors.push(`${message.type()}: ${text}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return { errors };
}

import { test as base, expect } from "@playwright/test";

/**
 * Chromium's hint when a stylesheet preloaded for a prefetched route (the index prefetches the lesson
 * it links to) is still unused a few seconds after load: it depends on how long a test stays on the
 * page, and says nothing about the page itself.
 */
const PREFETCH_HINT = /^The resource \S+\.css was preloaded using link preload but not used within a few seconds from the window's load event\./;

interface ConsoleOptions {
  /** Console messages a test provokes on purpose (a missing page's 404); everything else fails. */
  expectedConsole: RegExp[];
}

/**
 * Every test runs with `consoleErrors`: each console error or warning (hydration mismatches
 * included) and each uncaught exception, from any page of the test's browser context. The test
 * fails if the list is not empty when it ends; a test may also assert it earlier.
 */
export const test = base.extend<ConsoleOptions & { consoleErrors: string[] }>({
  expectedConsole: [[], { option: true }],
  consoleErrors: [
    async ({ context, expectedConsole }, use) => {
      const errors: string[] = [];
      context.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        const text = message.text();
        if (PREFETCH_HINT.test(text)) return;
        if (!expectedConsole.some((pattern) => pattern.test(text))) errors.push(`${message.type()}: ${text}`);
      });
      context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
      await use(errors);
      expect(errors, "console errors, warnings and uncaught exceptions").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { layOutWholePage } from "./layout-audits";

/** WCAG 2.2 levels A and AA, and axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe on what is rendered now, on the whole page or only inside the `include` selectors, and
 * expects no violation of any impact. Every section is laid out first (axe reads sizes and colours
 * from layout, which a section still waiting off screen does not have yet) unless `asLoaded`, which
 * audits the page as a tool run on it just after load would find it.
 */
export async function expectNoAxeViolations(page: Page, label: string, { include = [] as string[], asLoaded = false } = {}) {
  if (!asLoaded) await layOutWholePage(page);
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of include) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.impact ?? "?"} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(summary, `axe violations (${label})`).toEqual([]);
}

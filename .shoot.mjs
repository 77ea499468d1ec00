import { chromium } from "@playwright/test";
const [,, base, tag] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
// Tab stops on the lesson page at desktop width
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + "/lessons/okta-scim-provisioning/");
  await page.waitForLoadState("networkidle");
  const stops = await page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
    return [...document.querySelectorAll(sel)].filter((el) => {
      if (el.tabIndex < 0 || el.disabled) return false;
      const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
      return (r.width > 0 || r.height > 0) && s.visibility !== "hidden" && !el.closest("[hidden],[inert]");
    }).map((el) => el.closest("[data-cite]") ? "cite" : "other");
  });
  console.log(tag, "tab stops:", stops.length, "citation links:", stops.filter((s) => s === "cite").length);
  await page.close();
}
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: "dark", reducedMotion: "reduce" });
const page = await ctx.newPage();
await page.goto(base + "/lessons/okta-scim-provisioning/");
await page.waitForLoadState("networkidle");
await page.evaluate(() => localStorage.clear());
const shot = async (name, locator) => {
  const el = page.locator(locator).first();
  if (await el.count() === 0) { console.log("missing", name, locator); return; }
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await el.screenshot({ path: `/tmp/fbshots/${tag}-${name}.png` });
};
await shot("demo", "[data-demo]");
await shot("sources", "#sources");
await shot("flip", "[data-flip-card]");
await shot("whats-next", "#whats-next, section:has(h2:text('What’s next')), section:has(h2:text(\"What's next\"))");
await shot("scenario", "[data-scenario], section:has-text('Priya')");
await browser.close();

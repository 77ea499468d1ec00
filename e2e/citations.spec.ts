/**
 * Citations on the built lesson: each numbered link points at an item of the Sources list with the
 * same number, lands on it (mouse, keyboard, and with JavaScript off) clear of the sticky header,
 * every section shows a citation at every reading level, a source's quotes show under its link, and
 * the meta row shows the update date.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import matter from "gray-matter";
import { expect, LESSON, openLesson, scrollSettled, setReadingLevel, test, type ReadingLevel } from "./support";

const citations = (page: Page) => page.locator("sup[data-cite] a");

/** Every citation link in the page, visible or not: its target, number and accessible name. */
function allCitations(page: Page) {
  return citations(page).evaluateAll((links) =>
    links.map((a) => {
      const target = document.getElementById(decodeURIComponent(a.getAttribute("href")!.slice(1)));
      const items = [...document.querySelectorAll("#sources ol > li")];
      return {
        href: a.getAttribute("href")!,
        name: a.getAttribute("aria-label") ?? "",
        text: a.textContent ?? "",
        targetTag: target?.tagName ?? null,
        targetInSources: !!target?.closest("#sources"),
        targetPosition: target ? items.indexOf(target) + 1 : 0,
      };
    }),
  );
}

/** The sticky header's bottom edge and the top edge of `target`, after the jump has settled. */
async function landing(target: Locator) {
  await expect(target).toBeInViewport();
  return target.evaluate((item) => {
    const header = document.querySelector("header")!.getBoundingClientRect();
    return { headerBottom: header.bottom, top: item.getBoundingClientRect().top, targeted: item.matches(":target") };
  });
}

async function expectLandedOn(page: Page, href: string) {
  const id = href.slice(1);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const item = page.locator(`[id="${id}"]`);
  await expect.poll(async () => (await landing(item)).targeted).toBe(true);
  const { headerBottom, top } = await landing(item);
  expect(top, "the source item is not under the sticky header").toBeGreaterThanOrEqual(headerBottom - 0.5);
}

test.describe("citations", () => {
  test("every citation links to the Sources item with its number and is named after it", async ({ page }) => {
    await openLesson(page);
    const found = await allCitations(page);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.href, "links to a source item").toMatch(/^#source-[a-z0-9][a-z0-9-]*$/);
      expect({ href: c.href, tag: c.targetTag, inSources: c.targetInSources }).toEqual({ href: c.href, tag: "LI", inSources: true });
      expect(c.text, `${c.href} shows the item's number`).toBe(String(c.targetPosition));
      expect(c.name, `${c.href} is named after the item`).toBe(`Source ${c.targetPosition}`);
    }
    // The first one a reader at the default level sees (an L1-only passage's is hidden, and so unnamed).
    const first = citations(page).filter({ visible: true }).first();
    await expect(first).toHaveAccessibleName(/^Source \d+$/);

    // Every source is cited somewhere, and every item has the id its citations use.
    const ids = await page.locator("#sources ol > li").evaluateAll((items) => items.map((li) => li.id));
    expect(ids.every((id) => /^source-/.test(id))).toBe(true);
    expect([...new Set(found.map((c) => c.href.slice(1)))].sort()).toEqual([...ids].sort());
  });

  for (const level of ["L1", "L2", "L3"] as ReadingLevel[]) {
    test(`${level}: every section shows at least one citation, and each is at least 24×24 px`, async ({ page }) => {
      await openLesson(page);
      await setReadingLevel(page, level);
      const sections = page.locator("section[data-section]");
      const count = await sections.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const section = sections.nth(i);
        const visible = section.locator("sup[data-cite] a").filter({ visible: true });
        expect(await visible.count(), `section ${await section.getAttribute("id")} at ${level}`).toBeGreaterThan(0);
      }
      const boxes = await citations(page)
        .filter({ visible: true })
        .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href"), ...a.getBoundingClientRect().toJSON() })));
      for (const box of boxes) {
        expect(box.width, `${box.href} width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${box.href} height`).toBeGreaterThanOrEqual(24);
      }
      // Numbers in one citation ([1, 5]) never share a pixel of their targets.
      const overlaps = await page.locator("sup[data-cite]").filter({ visible: true }).evaluateAll((sups) =>
        sups.flatMap((sup) => {
          const rects = [...sup.querySelectorAll("a")].map((a) => a.getBoundingClientRect());
          return rects.slice(1).flatMap((r, i) => {
            const before = rects[i]!;
            return r.top === before.top && r.left < before.right - 0.5 ? [`${Math.round(r.left)} < ${Math.round(before.right)}`] : [];
          });
        }),
      );
      expect(overlaps).toEqual([]);
    });
  }

  test("a citation does not stretch the line it sits in", async ({ page }) => {
    await openLesson(page);
    const heights = await citations(page)
      .filter({ visible: true })
      .first()
      .evaluate((a) => {
        const paragraph = a.closest("p")!;
        const lineOf = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return [...range.getClientRects()];
        };
        // The paragraph's text lines, from the text nodes outside the citation.
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const tops = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest("sup")) continue;
          for (const rect of lineOf(node)) tops.add(Math.round(rect.top));
        }
        const sorted = [...tops].sort((x, y) => x - y);
        const gaps = sorted.slice(1).map((top, i) => top - sorted[i]!);
        return { gaps, lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight) };
      });
    for (const gap of heights.gaps) expect(Math.abs(gap - heights.lineHeight)).toBeLessThanOrEqual(1);
  });

  test("clicking a citation lands on its source, clear of the sticky header, and highlights it", async ({ page }) => {
    await openLesson(page);
    const link = citations(page).filter({ visible: true }).last();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await expectLandedOn(page, href);
    const highlight = await page.locator(`[id="${href.slice(1)}"]`).evaluate((li) => getComputedStyle(li).backgroundColor);
    expect(highlight).not.toBe("rgba(0, 0, 0, 0)");
  });

  test("a citation works from the keyboard, with a visible focus indicator", async ({ page }) => {
    await openLesson(page);
    const link = citations(page).filter({ visible: true }).first();
    const href = (await link.getAttribute("href"))!;
    // Step back one Tab stop and forward again, the way a keyboard user arrives at the link.
    await link.focus();
    await page.keyboard.press("Shift+Tab");
    await expect(link).not.toBeFocused();
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    const outline = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
    // Focus scrolls the link into view smoothly; let that settle so it cannot override the jump.
    await scrollSettled(page);
    await page.keyboard.press("Enter");
    await expectLandedOn(page, href);
  });
});

test("a paragraph's citations take one Tab stop, and the arrow keys move between them", async ({ page }) => {
  await openLesson(page);
  // The first block (paragraph or list item) that shows two or more citation links.
  const marked = await citations(page).evaluateAll((links) => {
    const visible = links.filter((a) => (a as HTMLElement).offsetParent !== null);
    const blockOf = (a: Element) => a.closest("p, li, td, th, dd, figcaption, blockquote");
    const block = visible.map(blockOf).find((b, i, all) => b && all.indexOf(b) !== i);
    if (!block) return 0;
    const group = visible.filter((a) => blockOf(a) === block);
    group.forEach((a) => a.setAttribute("data-test-group", ""));
    return group.length;
  });
  expect(marked, "a block with several citations").toBeGreaterThan(1);
  const group = page.locator("[data-test-group]");
  const first = group.first();
  const last = group.last();
  // The groups are set up by the page's first key press, before it moves focus.
  await page.keyboard.press("Shift");
  await expect(first).toHaveAttribute("tabindex", "0");
  for (let i = 1; i < marked; i++) await expect(group.nth(i)).toHaveAttribute("tabindex", "-1");
  await expect(first).toHaveAccessibleDescription(/arrow keys/);

  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(group.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(last).toBeFocused();
  await page.keyboard.press("Home");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(first).toBeFocused();

  // One Tab leaves the whole group; Shift+Tab comes back to the link last reached.
  await page.keyboard.press("End");
  await page.keyboard.press("Tab");
  expect(await group.evaluateAll((links) => links.includes(document.activeElement as HTMLElement))).toBe(false);
  await page.keyboard.press("Shift+Tab");
  await expect(last).toBeFocused();
  const href = (await last.getAttribute("href"))!;
  // A reader presses Enter on a link they can see: the page's smooth scroll that focus moves start
  // has ended by then (Chromium drops an in-page jump that starts while one is still under way).
  await scrollSettled(page);
  await page.keyboard.press("Enter");
  await expectLandedOn(page, href);
});

test.describe("citations without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the links are in the HTML and land on their sources", async ({ page }) => {
    await page.goto(LESSON);
    const link = citations(page).filter({ visible: true }).first();
    await expect(link).toHaveAccessibleName(/^Source \d+$/);
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await expectLandedOn(page, href);
  });
});

test("each source shows the page's own words it is cited for, under its link", async ({ page }) => {
  const { data } = matter(readFileSync(path.resolve("content/lessons/okta-scim-provisioning.mdx"), "utf8"));
  const sources = (data.sources as { id: string; quotes?: string[] }[]).map((s) => ({ id: s.id, quotes: s.quotes ?? [] }));
  expect(sources.some((s) => s.quotes.length > 0), "the lesson quotes some of its sources").toBe(true);
  await page.goto(LESSON);
  for (const { id, quotes } of sources) {
    const item = page.locator(`[id="source-${id}"]`);
    await expect(item.getByRole("list", { name: "What the page says" }).locator("q")).toHaveText(quotes.map((q) => q.trim()));
    if (quotes.length === 0) continue;
    // The quotes follow the link to the page they come from, inside the same item.
    const order = await item.evaluate((li) => {
      const link = li.querySelector("a[href^='https://']")!;
      const first = li.querySelector("q")!;
      return link.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order, `source-${id}: quotes after the link`).toBeTruthy();
  }
});

test("the meta row shows the published and the updated date", async ({ page }) => {
  await page.goto(LESSON);
  const meta = page.getByRole("list", { name: "About this lesson" });
  const times = meta.locator("time");
  await expect(times).toHaveCount(2);
  const [published, updated] = [await times.nth(0).getAttribute("datetime"), await times.nth(1).getAttribute("datetime")];
  expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(updated! >= published!).toBe(true);
  const text = (await meta.innerText()).replace(/\s+/g, " ");
  expect(text).toMatch(/Published \d{1,2} [A-Z][a-z]+ \d{4} · Updated \d{1,2} [A-Z][a-z]+ \d{4}/);
});

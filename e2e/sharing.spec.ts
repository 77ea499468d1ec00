import { site } from "../lib/site";
import { expect, LESSON, test } from "./support";

const LESSON_URL = `${site.url}${site.basePath}${LESSON}`;

/** The local path of an absolute URL on the deployed origin, so the test server can answer it. */
const local = (url: string) => {
  const u = new URL(url, site.url);
  return u.pathname + u.search;
};

test("the sitemap lists the index and the lesson on the deployed origin", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain(`<loc>${site.url}${site.basePath}/</loc>`);
  expect(xml).toContain(`<loc>${LESSON_URL}</loc>`);
});

test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/User-Agent: \*\nAllow: \//);
  expect(text).toContain(`Sitemap: ${site.url}${site.basePath}/sitemap.xml`);
});

test("the manifest names the site and its icons exist", async ({ request }) => {
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; start_url: string; icons: { src: string; type: string }[] };
  expect(manifest.name).toContain(site.name);
  expect(manifest.start_url).toBe(`${site.basePath}/`);
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toContain(icon.type);
  }
});

test("the lesson carries its title, description, canonical URL and social cards", async ({ page, request }) => {
  await page.goto(LESSON);
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  await expect(page).toHaveTitle(/Okta Provisioning & SCIM/);
  expect(await meta('meta[name="description"]')).toMatch(/SCIM/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(LESSON_URL);
  expect(await meta('meta[property="og:url"]')).toBe(LESSON_URL);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[property="og:title"]')).toMatch(/Okta Provisioning & SCIM/);
  expect(await meta('meta[property="og:description"]')).toBeTruthy();
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");

  const image = await meta('meta[property="og:image"]');
  expect(image).toMatch(new RegExp(`^${site.url}${site.basePath}${LESSON}opengraph-image`));
  expect(await meta('meta[name="twitter:image"]')).toBe(image);
  expect(await meta('meta[property="og:image:width"]')).toBe("1200");

  // The card was rendered at build time: a 1200×630 PNG (width and height sit in the IHDR chunk).
  const response = await request.get(local(image!));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

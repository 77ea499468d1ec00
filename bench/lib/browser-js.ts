/**
 * The JavaScript the browser actually fetches while a page loads (until the network is idle),
 * gzipped at level 9: catches chunks loaded at run time that the HTML does not name.
 */
import { chromium } from "@playwright/test";
import { gzipSize } from "./first-load";

export async function browserJs(url: string, executablePath: string | undefined): Promise<{ gzip: number; count: number }> {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const sizes = (await Promise.all(bodies)).map((b) => gzipSize(b));
    return { gzip: sizes.reduce((a, b) => a + b, 0), count: sizes.length };
  } finally {
    await browser.close();
  }
}

import { lessonFrontmatter } from "./support/lesson-data";
import { expect, openLesson, test, SCREENS } from "./support";

const ownWords = lessonFrontmatter().ownWords!;
/** The mix-up the lesson warns about, in a learner's words: each direction's master swapped. */
const REVERSED = "Outbound is when the HR system is master and pushes to Okta. Inbound is Okta master pushing to apps.";
const RIGHT = "Inbound: Workday is the HR master and Okta imports its users; outbound: Okta is the master and provisions the apps.";

for (const screen of SCREENS) {
  test.describe(`in your own words (on ${screen.name})`, () => {
    test.use(screen.use);

    test("the line is saved, and a right line covers every key point with no mix-up named", async ({ page }) => {
      await openLesson(page);
      const box = page.getByRole("textbox", { name: "Your one line" });
      await box.fill(RIGHT);
      await page.reload();
      await expect(box).toHaveValue(RIGHT);
      await page.getByRole("button", { name: "Compare with the expert version" }).click();
      await expect(page.getByRole("button", { name: "Hide the expert version" })).toHaveAttribute("aria-expanded", "true");
      await expect(page.locator("#own-words").getByRole("status").filter({ hasText: "Expert version shown" })).toHaveText(
        `Expert version shown below. Your line covers ${ownWords.keyPoints.length} of ${ownWords.keyPoints.length} key points.`,
      );
      const points = page.getByRole("list", { name: "Key points" }).getByRole("listitem");
      await expect(points).toHaveText(ownWords.keyPoints.map((p) => new RegExp(`${p.label} — covered`)));
      await expect(page.getByRole("list", { name: "Mix-ups in your line" })).toHaveCount(0);
    });

    test("the reversed line is not all covered and its mix-up is named with the correction and a link", async ({ page }) => {
      await openLesson(page);
      await page.getByRole("textbox", { name: "Your one line" }).fill(REVERSED);
      await page.getByRole("button", { name: "Compare with the expert version" }).click();
      const points = page.getByRole("list", { name: "Key points" }).getByRole("listitem");
      await expect(points).toHaveCount(ownWords.keyPoints.length);
      await expect(points.filter({ hasText: "not yet" })).not.toHaveCount(0);
      await expect(page.locator("#own-words")).not.toContainText(`covers: ${ownWords.keyPoints.length} of ${ownWords.keyPoints.length}`);
      const mixUps = page.getByRole("list", { name: "Mix-ups in your line" }).getByRole("listitem");
      await expect(mixUps).not.toHaveCount(0);
      for (const m of ownWords.misconceptions) {
        const item = mixUps.filter({ hasText: m.belief.replace(/[.!]$/, "") });
        await expect(item).toHaveCount(1);
        await expect(item).toContainText(m.correction.replace(/\s+/g, " "));
        await expect(item.getByRole("link")).toHaveAttribute("href", `#${m.section}`);
      }
      await mixUps.first().getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`#${ownWords.misconceptions[0]!.section}$`));
    });

    test("keyword soup covers nothing", async ({ page }) => {
      await openLesson(page);
      await page.getByRole("textbox", { name: "Your one line" }).fill("outbound inbound okta master hr master apps");
      await page.getByRole("button", { name: "Compare with the expert version" }).click();
      await expect(page.locator("#own-words")).toContainText(`Key points your line covers: 0 of ${ownWords.keyPoints.length}`);
    });
  });
}

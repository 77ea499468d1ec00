import { expect, openLesson, test } from "./support";

test("in your own words: the line is saved and compared with the key points", async ({ page }) => {
  await openLesson(page);
  const box = page.getByRole("textbox", { name: "Your one line" });
  await box.fill("Outbound pushes from Okta as the source of truth via SCIM.");
  await page.reload();
  await expect(box).toHaveValue("Outbound pushes from Okta as the source of truth via SCIM.");
  const compare = page.getByRole("button", { name: "Compare with the expert version" });
  await compare.click();
  await expect(page.getByRole("button", { name: "Hide the expert version" })).toHaveAttribute("aria-expanded", "true");
  const points = page.getByRole("list", { name: "Key points" }).getByRole("listitem");
  await expect(points).toHaveText([
    /✓\s*Outbound: Okta is the master — covered/,
    /○\s*Inbound: the HR system is the master — not yet/,
    /○\s*Okta then provisions the apps — not yet/,
    /○\s*HR as master means inbound — not yet/,
  ]);
  await box.fill("Inbound: Workday is the HR master and imports into Okta; outbound: Okta is master and provisions the apps.");
  await expect(points.filter({ hasText: "not yet" })).toHaveCount(0);
  await expect(page.locator("#own-words")).toContainText("Key points your line covers: 4 of 4");
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openLesson } from "./widgets-support";

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the widgets, idle and in use (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await openLesson(page);
    const scan = async () =>
      (await new AxeBuilder({ page }).include("[data-flip-card]").include("[data-demo]").include("fieldset").analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    expect(await scan()).toEqual([]);

    await page.getByRole("button", { name: /^Card 1 of 4/ }).click();
    await page.getByRole("radio", { name: /^L3 / }).check();
    const demo = page.getByRole("region", { name: "Watch a new hire get provisioned end-to-end" });
    await demo.getByRole("button", { name: "Break it", exact: true }).click();
    await expect(demo.getByRole("status")).toHaveText(/^Broke at step 3/, { timeout: 6000 });
    expect(await scan()).toEqual([]);
  });
}

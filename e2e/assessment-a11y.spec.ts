import AxeBuilder from "@axe-core/playwright";
import { answerByMouse, ANSWERS, expect, openLesson, test, wrongFor } from "./helpers";

/** The parts this feature owns: header meter, questions, wrap-up, tutor, own words, teach a friend. */
const regions = ["[data-site-header]", "[data-question]", "#wrap-up", "#tutor", "#own-words", "#teach-a-friend"];

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations in the assessment blocks, in review mode (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLesson(page);
    for (let n = 1; n <= 10; n++) await answerByMouse(page, n, n % 3 ? ANSWERS[n]! : wrongFor(n));
    await page.getByRole("button", { name: "Submit all answers" }).click();
    await page.getByRole("button", { name: "Compare with the expert version" }).click();
    await page.getByRole("button", { name: "Generate summary" }).click();
    let builder = new AxeBuilder({ page });
    for (const region of regions) builder = builder.include(region);
    const { violations } = await builder.analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("no axe violations in the open tutor dialog", async ({ page }) => {
  await openLesson(page);
  await page.getByRole("button", { name: "Ask the AI Tutor" }).click();
  const dialog = page.getByRole("dialog", { name: "Ask the AI Tutor" });
  await dialog.getByRole("listitem").first().getByRole("button").click();
  const { violations } = await new AxeBuilder({ page }).include("[role=dialog]").analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

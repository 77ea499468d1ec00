/**
 * The SCIM lab against the built site: every challenge done with the keyboard alone, each fault's
 * status and System Log event, a bad request answered as a SCIM error, progress kept after a
 * reload, axe in light and dark, 360 px, and the sentence shown without JavaScript.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { openLesson, STORAGE_KEY as KEY, test } from "./support";

const labOf = (page: Page) => page.locator("#scim-lab");

/** Presses a control with the keyboard: it takes focus, then Enter (buttons) or Space (checkboxes). */
async function press(control: Locator, key: "Enter" | "Space" = "Enter") {
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press(key);
}

async function startLab(page: Page): Promise<Locator> {
  const lab = labOf(page);
  await press(lab.getByRole("button", { name: "Start the lab" }));
  await expect(lab.getByRole("heading", { name: "Play Okta", exact: true })).toBeVisible();
  return lab;
}

/** Picks an Okta user by typing the first letter of the name into the focused select. */
async function pickPerson(lab: Locator, letter: string, login: string) {
  const select = lab.getByLabel("Okta user");
  await select.focus();
  await lab.page().keyboard.press(letter);
  await expect(select.locator("option:checked")).toContainText(login);
}

const action = (lab: Locator, name: string) => press(lab.getByRole("group", { name: "Admin actions" }).getByRole("button", { name, exact: true }));
const response = (lab: Locator) => lab.getByRole("region", { name: "Response", exact: true });
const systemLog = (lab: Locator) => lab.getByRole("region", { name: "System Log", exact: true });
const challenge = (lab: Locator, id: string) => lab.locator(`[data-challenge="${id}"]`);

test("every challenge is completed with the keyboard alone, and stays done after a reload", async ({ page }) => {
  await openLesson(page);
  const lab = await startLab(page);
  await expect(lab.getByRole("heading", { name: "Challenges" })).toContainText("0 of 5 done");

  await action(lab, "Assign user");
  await expect(response(lab)).toContainText("HTTP/1.1 201 Created");
  await expect(lab.getByRole("status")).toContainText("POST answered HTTP/1.1 201 Created. System Log: application.provision.user.push, SUCCESS.");
  await expect(challenge(lab, "provision")).toHaveAttribute("data-done", "true");

  await action(lab, "Update profile");
  await expect(response(lab)).toContainText("HTTP/1.1 200 OK");
  await expect(lab.locator("[data-exchange-log]")).toContainText(/GET \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(lab.locator("[data-exchange-log]")).toContainText(/PUT \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(challenge(lab, "surname")).toHaveAttribute("data-done", "false");
  await press(lab.getByRole("checkbox", { name: /Support PATCH for User/ }), "Space");
  await action(lab, "Update profile");
  await expect(lab.locator("[data-exchange-log]")).toContainText(/PATCH \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(challenge(lab, "surname")).toHaveAttribute("data-done", "true");

  await action(lab, "Push group");
  await expect(systemLog(lab)).toContainText("application.provision.group_push.pushed");
  await expect(challenge(lab, "group-push")).toHaveAttribute("data-done", "true");

  await action(lab, "Unassign");
  await expect(systemLog(lab)).toContainText("application.provision.user.deactivate");
  await expect(lab.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe — inactive/);
  await expect(challenge(lab, "offboard")).toHaveAttribute("data-done", "true");

  await pickPerson(lab, "s", "sam.rivera@example.com");
  await action(lab, "Assign user");
  await expect(systemLog(lab)).toContainText("application.provision.user.verify_exists");
  await action(lab, "Reactivate");
  await expect(systemLog(lab)).toContainText("application.provision.user.reactivate");
  await expect(challenge(lab, "rehire")).toHaveAttribute("data-done", "true");
  await expect(lab.getByRole("heading", { name: "Challenges" })).toContainText("5 of 5 done");

  // Reset restores the seed; the challenges stay done.
  await press(lab.getByRole("button", { name: "Reset lab" }));
  await expect(lab.locator("[data-app-users] li")).toHaveCount(3);
  await expect(lab.locator("[data-app-users]")).not.toContainText("jdoe@example.com");
  await expect(lab.getByRole("heading", { name: "Challenges" })).toContainText("5 of 5 done");

  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
  expect(saved.version).toBe(3);
  expect([...saved.state.labDone].sort()).toEqual(["group-push", "offboard", "provision", "rehire", "surname"]);

  await page.reload();
  const again = await startLab(page);
  await expect(again.getByRole("heading", { name: "Challenges" })).toContainText("5 of 5 done");
});

test.describe("faults: the status the app answers and what Okta records", () => {
  test("an expired token: 401 and application.integration.authentication_failure", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page);
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await action(lab, "Assign user");
    await expect(response(lab)).toContainText("HTTP/1.1 401 Unauthorized");
    await expect(response(lab)).toContainText('WWW-Authenticate: Bearer realm="scim", error="invalid_token"');
    await expect(lab.getByRole("status")).toContainText("HTTP/1.1 401 Unauthorized");
    await expect(systemLog(lab)).toContainText("application.integration.authentication_failure FAILURE");
  });

  test("rate limiting: 429 with Retry-After and application.integration.rate_limit_exceeded", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page);
    await press(lab.getByRole("switch", { name: "Rate limiting" }), "Space");
    await action(lab, "Import");
    await expect(response(lab)).toContainText("HTTP/1.1 429 Too Many Requests");
    await expect(response(lab)).toContainText("Retry-After: 60");
    await expect(systemLog(lab)).toContainText("application.integration.rate_limit_exceeded FAILURE");
  });

  test("a case-sensitive lookup: the rehire's create hits 409 and user.push fails", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page);
    await press(lab.getByRole("switch", { name: "Case-sensitive userName lookup" }), "Space");
    await pickPerson(lab, "s", "sam.rivera@example.com");
    await action(lab, "Assign user");
    await expect(response(lab)).toContainText("HTTP/1.1 409 Conflict");
    await expect(response(lab)).toContainText('"scimType": "uniqueness"');
    await expect(systemLog(lab)).toContainText("application.provision.user.push FAILURE");
    // Fixed, the same assignment links Sam's existing account.
    await press(lab.getByRole("switch", { name: "Case-sensitive userName lookup" }), "Space");
    await action(lab, "Assign user");
    await expect(systemLog(lab)).toContainText("application.provision.user.verify_exists SUCCESS");
  });

  test("no PATCH: the config says so, and Okta's PATCH gets 501 until it sends PUT", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page);
    await press(lab.getByRole("switch", { name: "No PATCH support" }), "Space");
    await press(lab.getByRole("checkbox", { name: /Support PATCH for User/ }), "Space");
    await action(lab, "Assign user");
    await action(lab, "Update profile");
    await expect(response(lab)).toContainText("HTTP/1.1 501 Not Implemented");
    await expect(systemLog(lab)).toContainText("application.provision.user.push_profile FAILURE");
    await press(lab.getByRole("checkbox", { name: /Support PATCH for User/ }), "Space");
    await action(lab, "Update profile");
    await expect(response(lab)).toContainText("HTTP/1.1 200 OK");
    await expect(systemLog(lab)).toContainText("application.provision.user.push_profile SUCCESS");

    await lab.getByLabel("Method").selectOption("GET");
    await lab.getByLabel("Path").fill("/scim/v2/ServiceProviderConfig");
    await press(lab.getByRole("button", { name: "Send" }));
    await expect(response(lab)).toContainText(/"patch": \{\s*"supported": false/);
  });
});

test("invalid JSON, an unknown path and a wrong token get clear SCIM errors", async ({ page }) => {
  await openLesson(page);
  const lab = await startLab(page);
  await lab.getByLabel("Example").selectOption({ label: "Create Jane (POST)" });
  await press(lab.getByRole("button", { name: "Use this example" }));
  await expect(lab.getByLabel("Method")).toHaveValue("POST");
  await lab.getByLabel("Body").fill('{"userName": "jdoe@example.com",');
  await press(lab.getByRole("button", { name: "Send" }));
  await expect(response(lab)).toContainText("HTTP/1.1 400 Bad Request");
  await expect(response(lab)).toContainText('"scimType": "invalidSyntax"');
  await expect(response(lab)).toContainText("urn:ietf:params:scim:api:messages:2.0:Error");
  await expect(response(lab)).toContainText("not valid JSON");
  await expect(lab.getByRole("form", { name: "Send your own request" })).toContainText("Answer: HTTP/1.1 400 Bad Request, in full under Response.");

  await lab.getByLabel("Method").selectOption("GET");
  await lab.getByLabel("Path").fill("/scim/v2/Accounts");
  await press(lab.getByRole("button", { name: "Send" }));
  await expect(response(lab)).toContainText("HTTP/1.1 404 Not Found");

  await lab.getByLabel("Path").fill("/scim/v2/Users");
  await lab.getByLabel("Bearer token").fill("wrong");
  await press(lab.getByRole("button", { name: "Send" }));
  await expect(response(lab)).toContainText("HTTP/1.1 401 Unauthorized");
});

test("axe finds nothing before and after starting, with logs open, in light and dark", async ({ page }) => {
  // Four full-page axe runs over a long lesson.
  test.setTimeout(150_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await openLesson(page);
    await labOf(page).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `${colorScheme}, before start`);
    const lab = await startLab(page);
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await action(lab, "Assign user");
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await action(lab, "Assign user");
    await lab.locator("[data-exchange-log] summary").first().click();
    await expectNoAxeViolations(page, `${colorScheme}, lab running`);
  }
});

test("at 360 px the running lab fits without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openLesson(page);
  const lab = await startLab(page);
  await action(lab, "Assign user");
  await lab.locator("[data-exchange-log] summary").first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await lab.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(360);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("one sentence says the lab needs JavaScript, and no button is offered", async ({ page }) => {
    await page.goto("/lessons/okta-scim-provisioning/");
    const lab = labOf(page);
    await expect(lab.getByRole("heading", { level: 2 })).toContainText("SCIM lab");
    await expect(lab.getByText("The lab runs in your browser and needs JavaScript.")).toBeVisible();
    await expect(lab.getByRole("button", { name: "Start the lab" })).toBeHidden();
  });
});

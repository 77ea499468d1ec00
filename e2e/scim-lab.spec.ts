/**
 * The SCIM lab against the built site: every challenge done with the keyboard alone, the lab as it
 * was after a reload, re-assignment reactivating an account, each fault's status, task and System
 * Log event, Okta's SPEC and CRUD suites, every result in view after an action at 360 px and at
 * 1366 px, canned requests that work in sequence, axe in light and dark, and the sentence shown
 * without JavaScript.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { lessonLive, openLesson, STORAGE_KEY as KEY, test } from "./support";

const labOf = (page: Page) => page.locator("#scim-lab");

/** Presses a control with the keyboard: it takes focus, then Enter (buttons) or Space (checkboxes). */
async function press(control: Locator, key: "Enter" | "Space" = "Enter") {
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press(key);
}

type Integration = RegExp;
const AIW = /App Integration Wizard/;
const OIN_GUIDE = /SCIM 2\.0 guide/;

/** Starts the lab; on a fresh lab, picks the integration type (the first one by keyboard alone). */
async function startLab(page: Page, integration?: Integration): Promise<Locator> {
  const lab = labOf(page);
  await press(lab.getByRole("button", { name: "Start the lab" }));
  if (integration) {
    const radio = lab.getByRole("radio", { name: integration });
    if (integration !== AIW) await radio.check();
    await expect(radio).toBeChecked();
    await press(lab.getByRole("button", { name: "Connect and start" }));
  }
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

const action = (lab: Locator, name: string) => press(lab.getByRole("button", { name, exact: true }));
const sent = (lab: Locator) => lab.getByRole("region", { name: "What Okta sent" });
const response = (lab: Locator) => lab.getByRole("region", { name: "Response", exact: true });
const systemLog = (lab: Locator) => lab.getByRole("region", { name: "System Log", exact: true });
const challenge = (lab: Locator, id: string) => lab.locator(`[data-challenge="${id}"]`);
const announced = (lab: Locator) => lab.locator("p[aria-live=polite]");
const challengesDone = (lab: Locator) => lab.getByRole("heading", { name: /^Challenges/ });

test("every challenge is completed with the keyboard alone; the lab is as it was after a reload", async ({ page }) => {
  // Some thirty steps and a reload on a long lesson.
  test.setTimeout(120_000);
  await openLesson(page);
  const lab = await startLab(page, AIW);
  const total = await lab.locator("[data-challenge]").count();
  await expect(challengesDone(lab)).toContainText(`0 of ${total} done`);

  await action(lab, "Assign user");
  await expect(sent(lab)).toContainText(/POST \/scim\/v2\/Users → 201 Created/);
  await expect(announced(lab)).toContainText("POST answered HTTP/1.1 201 Created. System Log: application.provision.user.push, SUCCESS.");
  await expect(challenge(lab, "provision")).toHaveAttribute("data-done", "true");

  // An App Integration Wizard app: the update is a GET, then a full PUT.
  await action(lab, "Update profile");
  await expect(sent(lab)).toContainText(/1\. GET \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(sent(lab)).toContainText(/2\. PUT \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(challenge(lab, "surname")).toHaveAttribute("data-done", "true");

  await action(lab, "Push group");
  await expect(sent(lab)).toContainText("application.provision.group_push.push_memberships");
  await expect(challenge(lab, "group-push")).toHaveAttribute("data-done", "true");

  await action(lab, "Unassign");
  await expect(systemLog(lab)).toContainText("application.provision.user.deactivate");
  await expect(lab.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe-Smith — inactive/);
  await expect(challenge(lab, "offboard")).toHaveAttribute("data-done", "true");

  // The rehire: a case-sensitive lookup misses Sam's account and the create gets 409 …
  await press(lab.getByRole("switch", { name: "Case-sensitive userName lookup" }), "Space");
  await pickPerson(lab, "s", "sam.rivera@example.com");
  await action(lab, "Assign user");
  await expect(sent(lab)).toContainText(/POST \/scim\/v2\/Users → 409 Conflict/);
  await expect(lab.locator("[data-tasks]")).toContainText("Assign (sam.rivera@example.com)");
  await expect(challenge(lab, "rehire")).toHaveAttribute("data-done", "false");
  // … fixed, Retry links his account and reactivates it in the same flow.
  await press(lab.getByRole("switch", { name: "Case-sensitive userName lookup" }), "Space");
  await press(lab.getByRole("button", { name: "Retry: Assign (sam.rivera@example.com)" }));
  await expect(sent(lab)).toContainText("application.provision.user.reactivate");
  await expect(lab.locator("[data-tasks]")).toContainText("No open tasks.");
  await expect(lab.locator("[data-app-users]")).toContainText(/sam\.rivera@example\.com — Sam Rivera — active/);
  await expect(challenge(lab, "rehire")).toHaveAttribute("data-done", "true");
  await expect(challengesDone(lab)).toContainText(`${total} of ${total} done`);

  await press(lab.getByRole("switch", { name: "Rate limiting" }), "Space");
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
  expect(saved.version).toBe(4);
  expect(saved.state.labDone).toHaveLength(total);

  // After a reload the lab is as it was: the app's accounts, the log, the faults, the integration type.
  await page.reload();
  await lessonLive(page);
  const again = await startLab(page);
  await expect(again.getByText(/Integration: Custom app \(App Integration Wizard\)/)).toBeVisible();
  await expect(again.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe-Smith — inactive/);
  await expect(again.locator("[data-app-users]")).toContainText(/sam\.rivera@example\.com — Sam Rivera — active/);
  await expect(again.getByRole("switch", { name: "Rate limiting" })).toBeChecked();
  await expect(sent(again)).toContainText('Retry of task "Assign (sam.rivera@example.com)"');
  await expect(systemLog(again)).toContainText("application.provision.group_push.pushed");
  await expect(challengesDone(again)).toContainText(`${total} of ${total} done`);

  // Reset says what it resets, restores the seed and asks for the integration type again; ticks stay.
  await expect(again.getByText(/Reset lab puts the app back .* Your challenge ticks stay\./)).toBeVisible();
  await press(again.getByRole("button", { name: "Reset lab" }));
  await expect(again.getByRole("button", { name: "Connect and start" })).toBeVisible();
  await press(again.getByRole("button", { name: "Connect and start" }));
  await expect(again.locator("[data-app-users] li")).toHaveCount(3);
  await expect(again.getByRole("switch", { name: "Rate limiting" })).not.toBeChecked();
  await expect(challengesDone(again)).toContainText(`${total} of ${total} done`);
});

test("re-assigning a user reactivates the app account in the same flow (OIN integration)", async ({ page }) => {
  await openLesson(page);
  const lab = await startLab(page, OIN_GUIDE);
  await action(lab, "Assign user");
  await action(lab, "Unassign");
  await expect(sent(lab)).toContainText(/PATCH \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(lab.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe — inactive/);
  await action(lab, "Assign user");
  await expect(sent(lab)).toContainText(/1\. GET \/scim\/v2\/Users\?filter=\S+ → 200 OK/);
  await expect(sent(lab)).toContainText(/2\. PATCH \/scim\/v2\/Users\/\S+ → 200 OK/);
  await expect(sent(lab)).toContainText("application.provision.user.reactivate SUCCESS");
  await expect(lab.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe — active/);
  await expect(lab.locator("[data-app-users] li", { hasText: "jdoe@example.com" })).toHaveCount(1);
});

test.describe("faults: what the app answers, what Okta does and records", () => {
  test("an expired token: 401, authentication_failure, and a failed task that Retry clears once fixed", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page, AIW);
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await action(lab, "Assign user");
    await expect(sent(lab)).toContainText("→ 401 Unauthorized");
    await expect(sent(lab)).toContainText("application.integration.authentication_failure FAILURE");
    await expect(lab.locator('[data-task-status="failed"]')).toContainText("Assign (jdoe@example.com)");
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await press(lab.getByRole("button", { name: "Retry: Assign (jdoe@example.com)" }));
    await expect(sent(lab)).toContainText("POST /scim/v2/Users → 201 Created");
    await expect(lab.locator("[data-tasks]")).toContainText("No open tasks.");
  });

  test("rate limiting: Okta pauses the task and retries it by itself, after Retry-After then doubling", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page, AIW);
    await press(lab.getByRole("switch", { name: "Rate limiting" }), "Space");
    await action(lab, "Assign user");
    await expect(sent(lab)).toContainText("→ 429 Too Many Requests");
    const task = lab.locator('[data-task-status="retrying"]');
    await expect(task).toContainText("Okta retries by itself in 60 s (retry 1 of 10)");
    await press(lab.getByRole("button", { name: /Fast-forward the lab clock 60 s/ }));
    await expect(task).toContainText("Okta retries by itself in 120 s (retry 2 of 10)");
    await expect(lab.locator("[data-tasks]")).toContainText("lab clock: 60 s");
    await press(lab.getByRole("switch", { name: "Rate limiting" }), "Space");
    await press(lab.getByRole("button", { name: /Fast-forward the lab clock 120 s/ }));
    await expect(sent(lab)).toContainText("POST /scim/v2/Users → 201 Created");
    await expect(lab.locator("[data-tasks]")).toContainText("No open tasks.");
  });

  test("no PATCH: an OIN integration's PATCH gets 501, and the config says so", async ({ page }) => {
    await openLesson(page);
    const lab = await startLab(page, OIN_GUIDE);
    await press(lab.getByRole("switch", { name: "No PATCH support" }), "Space");
    await action(lab, "Assign user");
    await action(lab, "Unassign");
    await expect(sent(lab)).toContainText("→ 501 Not Implemented");
    await expect(sent(lab)).toContainText("application.provision.user.deactivate FAILURE");
    await expect(lab.getByText(/assigned — its unassignment is a pending task/)).toBeVisible();
    await lab.getByLabel("Method").selectOption("GET");
    await lab.getByLabel("Path").fill("/scim/v2/ServiceProviderConfig");
    await press(lab.getByRole("button", { name: "Send" }));
    await expect(response(lab)).toContainText(/"patch": \{\s*"supported": false/);
  });
});

test("Okta's spec test passes with no fault, and its case check still passes with the case-sensitive fault while the rehire breaks", async ({ page }) => {
  await openLesson(page);
  const lab = await startLab(page, AIW);
  const results = lab.getByRole("region", { name: "Test results" });
  await press(lab.getByRole("button", { name: /spec test/ }));
  await expect(results.locator("[data-suite-summary]")).toContainText(/Okta SCIM 2\.0 SPEC Test: (\d+) of \1 steps pass\./);
  await expect(results.locator('[data-step-pass="false"]')).toHaveCount(0);
  await press(lab.getByRole("button", { name: /CRUD test/ }));
  await expect(results.locator("[data-suite-summary]")).toContainText(/Okta SCIM 2\.0 CRUD Test: (\d+) of \1 steps pass\./);

  await press(lab.getByRole("switch", { name: "Case-sensitive userName lookup" }), "Space");
  await press(lab.getByRole("button", { name: /spec test/ }));
  await expect(results.locator('[data-step-pass="true"]', { hasText: "Username Case Sensitivity Check" })).toBeVisible();
  await expect(results.locator("[data-case-lesson]")).toContainText("it asserts only a 200");
  await pickPerson(lab, "s", "sam.rivera@example.com");
  await action(lab, "Assign user");
  await expect(sent(lab)).toContainText("POST /scim/v2/Users → 409 Conflict");
});

/** Waits until the element lies wholly inside the viewport. */
const inView = (target: Locator) => expect(target).toBeInViewport({ ratio: 1 });

for (const size of [
  { width: 360, height: 740 },
  { width: 1366, height: 900 },
]) {
  test(`at ${size.width}×${size.height} each result is in view after its action, without scrolling`, async ({ page }) => {
    await page.setViewportSize(size);
    // `press` focuses a control and presses it at once; a smooth scroll to the focused control would
    // still be running when the result arrives, which no reader's Tab-then-Enter produces.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openLesson(page);
    const lab = await startLab(page, AIW);
    await action(lab, "Assign user");
    await expect(sent(lab)).toContainText("POST /scim/v2/Users → 201 Created");
    await inView(sent(lab).locator("[data-timeline] ol"));
    await inView(lab.getByRole("button", { name: "Assign user", exact: true }));
    await expect(sent(lab).getByText("application.provision.user.push")).toBeInViewport();

    await press(lab.getByRole("button", { name: "Send" }));
    await expect(response(lab).locator("[data-status-line]")).toContainText("HTTP/1.1 200 OK");
    await inView(response(lab).locator("[data-status-line]"));

    await press(lab.getByRole("button", { name: /spec test/ }));
    await inView(lab.locator("[data-suite-summary]"));

    const okta = await lab.locator('[data-lab-side="okta"]').boundingBox();
    const app = await lab.locator('[data-lab-side="app"]').boundingBox();
    if (size.width >= 1024) expect(app!.x).toBeGreaterThan(okta!.x + okta!.width - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("canned requests work in sequence on the user just created; headers are the learner's to set", async ({ page }) => {
  await openLesson(page);
  const lab = await startLab(page, AIW);
  const use = async (label: string) => {
    await lab.getByLabel("Example").selectOption({ label });
    await press(lab.getByRole("button", { name: "Use this example" }));
    await press(lab.getByRole("button", { name: "Send" }));
  };
  await use("Create Jane (POST)");
  await expect(response(lab)).toContainText("HTTP/1.1 201 Created");
  await use("Full replace (PUT)");
  await expect(response(lab)).toContainText("HTTP/1.1 200 OK");
  await expect(response(lab)).toContainText('"familyName": "Doe-Smith"');
  await use("Deactivate (PATCH without a path)");
  await expect(response(lab)).toContainText(/HTTP\/1\.1 20[04]/);
  await expect(lab.locator("[data-app-users]")).toContainText(/jdoe@example\.com — Jane Doe-Smith — inactive/);

  await lab.getByLabel("Body").fill('{"userName": "jdoe@example.com",');
  await lab.getByLabel("Method").selectOption("POST");
  await lab.getByLabel("Path").fill("/scim/v2/Users");
  await press(lab.getByRole("button", { name: "Send" }));
  await expect(response(lab)).toContainText("HTTP/1.1 400 Bad Request");
  await expect(response(lab)).toContainText('"scimType": "invalidSyntax"');

  await lab.getByLabel("Method").selectOption("GET");
  await lab.getByLabel("Authorization header").fill("okta-lab-token-7f3a9c");
  await press(lab.getByRole("button", { name: "Send" }));
  await expect(response(lab)).toContainText("HTTP/1.1 401 Unauthorized");
  await expect(lab.getByText("The Authorization header needs its scheme")).toBeVisible();
  await expect(response(lab).getByRole("button", { name: "Copy as cURL" })).toBeVisible();
});

test("axe finds nothing before and after starting, with results open, in light and dark", async ({ page }) => {
  // Four full-page axe runs over a long lesson.
  test.setTimeout(150_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await openLesson(page);
    await labOf(page).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, `${colorScheme}, before start`);
    const lab = await startLab(page, colorScheme === "light" ? AIW : undefined);
    if (colorScheme === "dark") {
      // The dark run resumes the lab the light run saved: reset it and start again.
      await press(lab.getByRole("button", { name: "Reset lab" }));
      await press(lab.getByRole("button", { name: "Connect and start" }));
    }
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await action(lab, "Assign user");
    await press(lab.getByRole("switch", { name: "Expired token" }), "Space");
    await press(lab.getByRole("button", { name: /spec test/ }));
    await sent(lab).locator("summary").first().click();
    await expectNoAxeViolations(page, `${colorScheme}, lab running`);
  }
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

/**
 * The SCIM lab's app in the built, minified site: every endpoint it lists answers by name when the
 * learner asks for it through "Send your own request". What to ask for is read from the app's own
 * discovery answers (/ResourceTypes, /Schemas), so nothing here names a resource type or schema.
 */
import { type Locator } from "@playwright/test";
import { expect, openLesson, test } from "./support";

type Json = Record<string, unknown>;

async function startLab(lab: Locator): Promise<void> {
  await lab.getByRole("button", { name: "Start the lab" }).click();
  // The app answers the same whichever integration type Okta plays; the first one is picked.
  await lab.getByRole("button", { name: "Connect and start" }).click();
  await expect(lab.getByRole("heading", { name: "Play Okta", exact: true })).toBeVisible();
}

/** Sends GET `path` from the request form and returns the status line and the body the Response region shows. */
async function get(lab: Locator, path: string): Promise<{ status: string; body: Json }> {
  await lab.getByLabel("Method").selectOption("GET");
  await lab.getByLabel("Path").fill(path);
  const response = lab.getByRole("region", { name: "Response", exact: true });
  const before = await response.textContent();
  await lab.getByRole("button", { name: "Send" }).click();
  // The region shows the answer to this request once its text changes (each path here answers differently).
  await expect.poll(() => response.textContent()).not.toBe(before);
  await expect(response.locator("[data-status-line]")).toBeVisible();
  const status = (await response.locator("[data-status-line]").textContent()) ?? "";
  const body = JSON.parse((await response.locator("pre").last().textContent()) ?? "null") as Json;
  return { status, body };
}

test("every resource type, schema and resource list answers by name in the built site", async ({ page }) => {
  // About twenty requests through the form, each checked in the Response region.
  test.setTimeout(90_000);
  await openLesson(page);
  const lab = page.locator("#scim-lab");
  await startLab(lab);

  const config = await get(lab, "/scim/v2/ServiceProviderConfig");
  expect(config.status).toBe("HTTP/1.1 200 OK");

  const types = await get(lab, "/scim/v2/ResourceTypes");
  expect(types.status).toBe("HTTP/1.1 200 OK");
  const listed = types.body.Resources as { name: string; endpoint: string; schema: string }[];
  expect(listed.length).toBeGreaterThan(0);

  for (const type of listed) {
    const one = await get(lab, `/scim/v2/ResourceTypes/${type.name}`);
    expect(one.status, `/ResourceTypes/${type.name}`).toBe("HTTP/1.1 200 OK");
    expect(one.body).toMatchObject({ name: type.name, endpoint: type.endpoint, schema: type.schema });

    const resources = await get(lab, `/scim/v2${type.endpoint}`);
    expect(resources.status, type.endpoint).toBe("HTTP/1.1 200 OK");
    const first = (resources.body.Resources as { id: string }[])[0];
    if (first) {
      const read = await get(lab, `/scim/v2${type.endpoint}/${first.id}`);
      expect(read.status, `${type.endpoint}/{id}`).toBe("HTTP/1.1 200 OK");
      expect(read.body).toMatchObject({ id: first.id, meta: { resourceType: type.name } });
    }
  }

  const schemas = await get(lab, "/scim/v2/Schemas");
  expect(schemas.status).toBe("HTTP/1.1 200 OK");
  const ids = (schemas.body.Resources as { id: string }[]).map((s) => s.id);
  expect(ids).toEqual(expect.arrayContaining(listed.map((t) => t.schema)));
  for (const id of ids) {
    const one = await get(lab, `/scim/v2/Schemas/${id}`);
    expect(one.status, `/Schemas/${id}`).toBe("HTTP/1.1 200 OK");
    expect(one.body).toMatchObject({ id });
  }
});

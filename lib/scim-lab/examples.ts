/**
 * Requests to prefill "Send your own request" with: the lesson's L3 payloads, pointed at the lab's
 * own accounts. The user examples act on the user the learner created last with a POST, else on
 * Jane once Okta has provisioned her, else on the first account in the app, so they work in sequence.
 */
import type { Lab } from "./lab";
import { ENTERPRISE_SCHEMA, filterPath, GROUP_SCHEMA, PATCH_SCHEMA, USER_SCHEMA } from "./okta-requests";
import { OKTA_PEOPLE } from "./seed";

export interface RequestExample {
  label: string;
  method: string;
  path: string;
  body: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The user the examples act on: `created` if it still exists, else Jane's linked account, else the first. */
export function exampleUser(lab: Lab, created?: string) {
  const pick = [created, lab.okta.linked.jane].find((id) => id && lab.store.users.has(id));
  return pick ? lab.store.users.get(pick) : lab.store.users.values().next().value;
}

export function requestExamples(lab: Lab, created?: string): RequestExample[] {
  const jane = OKTA_PEOPLE.jane;
  const target = exampleUser(lab, created);
  const id = target?.id ?? "";
  const group = lab.okta.pushedGroupId ?? [...lab.store.groups.keys()][0] ?? "";
  const givenName = target?.name?.givenName ?? jane.firstName;
  const familyName = `${target?.name?.familyName ?? jane.lastName}-Smith`;
  return [
    ...(id ? [{ label: "Read the user (GET)", method: "GET", path: `/scim/v2/Users/${id}`, body: "" }] : []),
    { label: "Existence check (GET with a filter)", method: "GET", path: filterPath("Users", "userName", jane.login), body: "" },
    {
      label: "Create Jane (POST)",
      method: "POST",
      path: "/scim/v2/Users",
      body: json({
        schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
        userName: jane.login,
        externalId: jane.oktaId,
        name: { givenName: jane.firstName, familyName: jane.lastName },
        displayName: `${jane.firstName} ${jane.lastName}`,
        emails: [{ value: jane.login, type: "work", primary: true }],
        active: true,
        password: "Xq7!tR2m#Lp9vW4z",
        [ENTERPRISE_SCHEMA]: { department: jane.department },
      }),
    },
    {
      label: "Full replace (PUT)",
      method: "PUT",
      path: `/scim/v2/Users/${id}`,
      body: json({
        schemas: [USER_SCHEMA],
        id,
        ...(target?.externalId ? { externalId: target.externalId } : {}),
        userName: target?.userName ?? jane.login,
        name: { givenName, familyName },
        displayName: `${givenName} ${familyName}`,
        emails: target?.emails ?? [{ value: jane.login, type: "work", primary: true }],
        active: target?.active ?? true,
      }),
    },
    {
      label: "Change the surname (PATCH)",
      method: "PATCH",
      path: `/scim/v2/Users/${id}`,
      body: json({ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", path: "name.familyName", value: familyName }] }),
    },
    {
      label: "Deactivate (PATCH without a path)",
      method: "PATCH",
      path: `/scim/v2/Users/${id}`,
      body: json({ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", value: { active: false } }] }),
    },
    {
      label: "Group membership (PATCH)",
      method: "PATCH",
      path: `/scim/v2/Groups/${group}`,
      body: json({ schemas: [PATCH_SCHEMA], Operations: [{ op: "add", path: "members", value: [{ value: id, display: target?.userName ?? jane.login }] }] }),
    },
    { label: "Create a group (POST)", method: "POST", path: "/scim/v2/Groups", body: json({ schemas: [GROUP_SCHEMA], displayName: "Support", members: [] }) },
    { label: "Service provider configuration", method: "GET", path: "/scim/v2/ServiceProviderConfig", body: "" },
    { label: "Import page (GET)", method: "GET", path: "/scim/v2/Users?startIndex=1&count=100", body: "" },
  ];
}

/**
 * Requests to prefill "Send your own request" with: the lesson's L3 payloads, pointed at the lab's
 * own accounts (Jane's id once she exists; the lesson's id, which the app answers with 404, before).
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

const LESSON_USER_ID = "2819c223-7f76-453a-919d-413861904646";
const json = (value: unknown) => JSON.stringify(value, null, 2);

export function requestExamples(lab: Lab): RequestExample[] {
  const jane = OKTA_PEOPLE.jane;
  const id = lab.okta.linked.jane ?? LESSON_USER_ID;
  const group = lab.okta.pushedGroupId ?? [...lab.store.groups.keys()][0] ?? "";
  return [
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
        externalId: jane.oktaId,
        userName: jane.login,
        name: { givenName: jane.firstName, familyName: jane.otherLastName },
        displayName: `${jane.firstName} ${jane.otherLastName}`,
        emails: [{ value: jane.login, type: "work", primary: true }],
        active: true,
      }),
    },
    {
      label: "Change the surname (PATCH)",
      method: "PATCH",
      path: `/scim/v2/Users/${id}`,
      body: json({ schemas: [PATCH_SCHEMA], Operations: [{ op: "replace", path: "name.familyName", value: jane.otherLastName }] }),
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
      body: json({ schemas: [PATCH_SCHEMA], Operations: [{ op: "add", path: "members", value: [{ value: id, display: jane.login }] }] }),
    },
    { label: "Create a group (POST)", method: "POST", path: "/scim/v2/Groups", body: json({ schemas: [GROUP_SCHEMA], displayName: "Support", members: [] }) },
    { label: "Service provider configuration", method: "GET", path: "/scim/v2/ServiceProviderConfig", body: "" },
    { label: "Import page (GET)", method: "GET", path: "/scim/v2/Users?startIndex=1&count=100", body: "" },
  ];
}

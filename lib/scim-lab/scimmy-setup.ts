/**
 * Binds scimmy's User and Group resource types to a lab store. scimmy keeps its declarations in
 * module-level singletons, so they are made once and find the store through the `ctx` argument
 * scimmy passes to every handler: several independent labs (or tests) can share the module.
 */
import SCIMMY from "scimmy";
import { BASE_URL, type StoredGroup, type StoredUser } from "./seed";
import { findByUserName, findGroupByName, type LabStore } from "./store";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** What scimmy's handlers receive as `ctx`. */
export interface HandlerContext {
  store: LabStore;
  /** The app's bug: compare `userName` case-sensitively in filters. */
  caseSensitive: boolean;
  /** The HTTP method being served, so a change records how it arrived (PATCH also writes). */
  method: string;
}

type ScimObject = Record<string, unknown>;

export function userToScim(user: StoredUser): ScimObject {
  const { department, meta, ...core } = user;
  return { ...core, ...(department ? { [ENTERPRISE]: { department } } : {}), meta: { ...meta } };
}

export function groupToScim(group: StoredGroup): ScimObject {
  return { ...group, members: group.members.map((m) => ({ ...m })), meta: { ...group.meta } };
}

// RFC 7643 marks these caseExact: true; every other string attribute here compares without case.
const CASE_EXACT = new Set(["id", "externalid", "meta", "value", "$ref"]);

/** Lowercases strings everywhere except below case-exact attributes. */
function lower(node: unknown): unknown {
  if (typeof node === "string") return node.toLowerCase();
  if (Array.isArray(node)) return node.map(lower);
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, CASE_EXACT.has(k.toLowerCase()) ? v : lower(v)]));
  }
  return node;
}

/**
 * scimmy's `Filter.match` compares strings exactly. RFC 7644 §3.4.2.2 ties matching to each
 * attribute's `caseExact`, so the healthy app matches on lowercased copies of both sides.
 */
export function matchFilter(filter: SCIMMY.Types.Filter | undefined, items: ScimObject[], caseSensitive: boolean): ScimObject[] {
  if (!filter) return items;
  if (caseSensitive) return filter.match(items);
  const projected = items.map((item) => lower(item) as ScimObject);
  const original = new Map(projected.map((p, i) => [p, items[i]]));
  const lowered = new SCIMMY.Types.Filter(lower([...filter]) as never);
  return lowered.match(projected).map((p) => original.get(p) as ScimObject);
}

const notFound = (kind: string, id: string) => new SCIMMY.Types.Error(404, null as never, `${kind} ${id} not found`);

function writeUser(resource: { id?: string }, instance: ScimObject, { store, method }: HandlerContext): ScimObject {
  const existing = resource.id ? store.users.get(resource.id) : undefined;
  if (resource.id && !existing) throw notFound("User", resource.id);
  const userName = String(instance.userName ?? "");
  const clash = findByUserName(store, userName, resource.id);
  if (clash) throw new SCIMMY.Types.Error(409, "uniqueness", `A user with userName ${userName} already exists.`);
  const now = store.now();
  const extension = instance[ENTERPRISE] as { department?: string } | undefined;
  const user: StoredUser = {
    id: existing?.id ?? store.newId(),
    userName,
    ...(instance.externalId !== undefined ? { externalId: String(instance.externalId) } : {}),
    ...(instance.name ? { name: instance.name as StoredUser["name"] } : {}),
    ...(instance.displayName !== undefined ? { displayName: String(instance.displayName) } : {}),
    ...(instance.emails ? { emails: instance.emails as StoredUser["emails"] } : {}),
    // The app's accounts are active unless told otherwise, on create and on a full replace alike.
    active: instance.active !== false,
    ...(extension?.department ? { department: extension.department } : {}),
    meta: { created: existing?.meta.created ?? now, lastModified: now },
  };
  if (existing && existing.name?.familyName !== user.name?.familyName) {
    store.changes.push({ id: user.id, attribute: "name.familyName", method });
  }
  store.users.set(user.id, user);
  return userToScim(user);
}

function writeGroup(resource: { id?: string }, instance: ScimObject, { store }: HandlerContext): ScimObject {
  const existing = resource.id ? store.groups.get(resource.id) : undefined;
  if (resource.id && !existing) throw notFound("Group", resource.id);
  const displayName = String(instance.displayName ?? "");
  if (findGroupByName(store, displayName, resource.id)) {
    throw new SCIMMY.Types.Error(409, "uniqueness", `A group named ${displayName} already exists.`);
  }
  const members = ((instance.members ?? []) as { value?: string; display?: string }[]).map((m) => ({
    value: String(m.value ?? ""),
    ...(m.display ? { display: m.display } : {}),
  }));
  const unknown = members.find((m) => !store.users.has(m.value));
  // A member's value is the app's user id; an email or an Okta id names nobody here.
  if (unknown) throw new SCIMMY.Types.Error(400, "invalidValue", `Member value "${unknown.value}" is not the id of a user in this app.`);
  const now = store.now();
  const group: StoredGroup = {
    id: existing?.id ?? store.newId(),
    displayName,
    ...(instance.externalId !== undefined ? { externalId: String(instance.externalId) } : {}),
    members: members.filter((m, i) => members.findIndex((o) => o.value === m.value) === i),
    meta: { created: existing?.meta.created ?? now, lastModified: now },
  };
  store.groups.set(group.id, group);
  return groupToScim(group);
}

/** The part of a scimmy resource instance the handlers read. */
type Target = { id?: string; filter?: SCIMMY.Types.Filter };

let declared = false;

/** Declares the resource types and the service provider configuration, once per page. */
export function declareScimmy(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Config.set({
    documentationUri: "https://datatracker.ietf.org/doc/html/rfc7644",
    patch: true,
    filter: { supported: true, maxResults: 200 },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    sort: false,
    etag: false,
    changePassword: false,
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "OAuth Bearer Token", description: "A bearer token in the Authorization header", primary: true },
    ],
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.User, {
    basepath: BASE_URL,
    extensions: [{ schema: SCIMMY.Schemas.EnterpriseUser, required: false }],
    egress: (resource: Target, ctx: HandlerContext) => {
      const all = [...ctx.store.users.values()].map(userToScim);
      const found = matchFilter(resource.filter, all, ctx.caseSensitive && !resource.id);
      if (resource.id && found.length === 0) throw notFound("User", resource.id);
      return found as never;
    },
    ingress: (resource: Target, instance: unknown, ctx: HandlerContext) => writeUser(resource, JSON.parse(JSON.stringify(instance)) as ScimObject, ctx) as never,
    degress: (resource: Target, ctx: HandlerContext) => {
      const id = resource.id ?? "";
      if (!ctx.store.users.delete(id)) throw notFound("User", id);
      for (const group of ctx.store.groups.values()) group.members = group.members.filter((m) => m.value !== id);
    },
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.Group, {
    basepath: BASE_URL,
    egress: (resource: Target, ctx: HandlerContext) => {
      const all = [...ctx.store.groups.values()].map(groupToScim);
      const found = matchFilter(resource.filter, all, false);
      if (resource.id && found.length === 0) throw notFound("Group", resource.id);
      return found as never;
    },
    ingress: (resource: Target, instance: unknown, ctx: HandlerContext) => writeGroup(resource, JSON.parse(JSON.stringify(instance)) as ScimObject, ctx) as never,
    degress: (resource: Target, ctx: HandlerContext) => {
      const id = resource.id ?? "";
      if (!ctx.store.groups.delete(id)) throw notFound("Group", id);
    },
  });
  // The discovery endpoints are scimmy's own; they only need to know where they live.
  SCIMMY.Resources.ServiceProviderConfig.basepath(BASE_URL);
  SCIMMY.Resources.Schema.basepath(BASE_URL);
  SCIMMY.Resources.ResourceType.basepath(BASE_URL);
}

/**
 * Binds scimmy's User and Group resource types to a lab store. scimmy keeps its declarations in
 * module-level singletons, so they are made once and find the store through the `ctx` argument
 * scimmy passes to every handler: several independent labs (or tests) can share the module.
 */
import SCIMMY from "scimmy";
import { restoreStrings } from "./filter-syntax";
import { BASE_URL, type StoredGroup, type StoredUser } from "./seed";
import { findByUserName, findGroupByName, type LabStore } from "./store";

/** What scimmy's handlers receive as `ctx`. */
export interface HandlerContext {
  store: LabStore;
  /** The app's bug: filters compare strings with case, though `/Schemas` says `caseExact: false`. */
  caseSensitive: boolean;
  /** The HTTP method being served, so a change records how it arrived (PATCH also writes). */
  method: string;
  /** The string literals of the request's filter, which scimmy reads marked (filter-syntax.ts). */
  filterStrings: readonly string[];
}

type ScimObject = Record<string, unknown>;

export function userToScim(user: StoredUser): ScimObject {
  const { other, meta, ...core } = user;
  return { ...core, ...clone(other ?? {}), meta: { ...meta } };
}

export function groupToScim(group: StoredGroup): ScimObject {
  return { ...group, members: group.members.map((m) => ({ ...m })), meta: { ...group.meta } };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const isObject = (value: unknown): value is ScimObject => !!value && typeof value === "object" && !Array.isArray(value);

/** An attribute as `/Schemas` describes it (RFC 7643 §7). */
interface AttributeDescription {
  name: string;
  type: string;
  caseExact?: boolean;
  subAttributes?: AttributeDescription[];
}

/** A resource's schema and its extensions, as `/Schemas` serves them. */
interface Described {
  core: { id: string; attributes: AttributeDescription[] };
  extensions: { id: string; attributes: AttributeDescription[] }[];
}

function describe(definition: { describe: () => unknown }): Described["core"] {
  return clone(definition.describe()) as Described["core"];
}

const DESCRIBED = {
  User: () => ({ core: describe(SCIMMY.Schemas.User.definition), extensions: [describe(SCIMMY.Schemas.EnterpriseUser.definition)] }),
  Group: () => ({ core: describe(SCIMMY.Schemas.Group.definition), extensions: [] }),
} satisfies Record<string, () => Described>;

const byName = (list: AttributeDescription[], key: string) => list.find((a) => a.name.toLowerCase() === key.toLowerCase());
const byId = (list: Described["extensions"], key: string) => list.find((e) => e.id.toLowerCase() === key.toLowerCase());

/**
 * Lowercases the strings of attributes whose `caseExact` is false in `/Schemas`, here and in every
 * sub-attribute. A filter expression (`["eq", "Value"]`) folds the same way as the value it tests.
 * Attributes outside the schema — `id`, `externalId` and `meta`, which RFC 7643 §3.1 makes
 * case-exact — are left as they are.
 */
function fold(value: unknown, attribute: AttributeDescription | undefined): unknown {
  if (!attribute) return value;
  if (Array.isArray(value)) return value.map((item) => fold(item, attribute));
  if (attribute.type === "complex") {
    // `emails co "x"` compares the complex attribute's `value` sub-attribute (RFC 7644 §3.4.2.2).
    if (!isObject(value)) return fold(value, byName(attribute.subAttributes ?? [], "value"));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fold(v, byName(attribute.subAttributes ?? [], k))]));
  }
  return typeof value === "string" && attribute.caseExact === false ? value.toLowerCase() : value;
}

function foldResource(resource: ScimObject, schema: Described): ScimObject {
  return Object.fromEntries(
    Object.entries(resource).map(([key, value]) => {
      const extension = byId(schema.extensions, key);
      if (extension && isObject(value)) return [key, foldResource(value, { core: extension, extensions: [] })];
      return [key, fold(value, byName(schema.core.attributes, key))];
    }),
  );
}

/**
 * Rewrites fully qualified names (RFC 7644 §3.10) in one parsed filter term to the shape the
 * resources have: `urn:…:core:2.0:User:userName` becomes `userName`, and an extension's
 * `urn:…:enterprise:2.0:User:department` nests under its schema URN.
 */
function qualify(term: ScimObject, schema: Described): ScimObject {
  const out: ScimObject = {};
  const put = (target: ScimObject, key: string, value: unknown) => {
    const existing = Object.keys(target).find((k) => k.toLowerCase() === key.toLowerCase());
    if (existing === undefined) target[key] = value;
    else if (isObject(target[existing]) && isObject(value)) target[existing] = { ...target[existing], ...value };
    // Two tests of one attribute joined by "and": scimmy reads a list of expressions.
    else target[existing] = [target[existing], value].flatMap((e) => (Array.isArray(e) && e.every(Array.isArray) ? e : [e]));
  };
  for (const [key, raw] of Object.entries(term)) {
    // `emails co "x"` names a complex attribute without a sub-attribute: the test is on its `value`
    // (RFC 7643 §2.4 makes "value" the primary sub-attribute of a multi-valued attribute).
    const complex = byName(schema.core.attributes, key)?.type === "complex" && Array.isArray(raw);
    const value = complex ? { value: raw } : raw;
    const lowered = key.toLowerCase();
    const core = schema.core.id.toLowerCase() + ":";
    const extension = schema.extensions.find((e) => lowered.startsWith(e.id.toLowerCase() + ":"));
    if (lowered.startsWith(core)) put(out, key.slice(core.length), value);
    else if (extension) {
      const nested = isObject(out[extension.id]) ? (out[extension.id] as ScimObject) : {};
      put(nested, key.slice(extension.id.length + 1), value);
      out[extension.id] = nested;
    } else put(out, key, value);
  }
  return out;
}

/**
 * scimmy's `Filter.match` compares strings exactly and knows attributes only by their short names.
 * RFC 7644 §3.4.2.2 ties matching to each attribute's `caseExact`, so the healthy app matches on
 * copies of both sides folded as `/Schemas` says (userName, emails.value, displayName… without
 * case; id and externalId with case). The case-sensitive fault skips the folding.
 */
/**
 * scimmy's `Filter.match` fails on a resource that lacks a complex attribute the filter looks inside
 * (`name.familyName co "x"` on a user without `name`). An absent attribute matches nothing, so the
 * copies being matched get an empty object wherever the filter dives and the resource has nothing.
 */
function pad(item: ScimObject, term: ScimObject): ScimObject {
  for (const [key, value] of Object.entries(term)) {
    if (!isObject(value)) continue;
    const existing = Object.keys(item).find((k) => k.toLowerCase() === key.toLowerCase());
    if (existing === undefined) item[key] = pad({}, value);
    else if (isObject(item[existing])) pad(item[existing], value);
  }
  return item;
}

export function matchFilter(filter: SCIMMY.Types.Filter | undefined, items: ScimObject[], caseSensitive: boolean, type: keyof typeof DESCRIBED, strings: readonly string[] = []): ScimObject[] {
  if (!filter) return items;
  const schema = DESCRIBED[type]();
  const terms = [...filter].map((term) => qualify(restoreStrings(term as ScimObject, strings), schema));
  const tests = caseSensitive ? terms : terms.map((term) => foldResource(term, schema));
  const projected = items.map((item) => tests.reduce((copy, term) => pad(copy, term), caseSensitive ? clone(item) : foldResource(item, schema)));
  const original = new Map(projected.map((p, i) => [p, items[i]]));
  return new SCIMMY.Types.Filter(tests as never).match(projected).map((p) => original.get(p) as ScimObject);
}

const notFound = (kind: string, id: string) => new SCIMMY.Types.Error(404, null as never, `${kind} ${id} not found`);

const NOT_OTHER = new Set(["schemas", "meta", "id", "password", "userName", "externalId", "name", "displayName", "emails", "active"]);

/**
 * A readWrite attribute "MAY be updated and read at any time" (RFC 7643 §7), so the app keeps every
 * attribute `/Schemas` advertises rather than advertising less: its schemas stay the standard User
 * and enterprise extension of RFC 7643 §8.7.1 that clients read. The attributes the lab's own logic
 * reads get their own fields; the rest (title, nickName, phoneNumbers…, and the enterprise extension
 * under its URN) are kept as sent. scimmy has already checked the body against those schemas and
 * dropped readOnly attributes.
 */
function storedUser(instance: ScimObject, id: string, meta: StoredUser["meta"]): StoredUser {
  // `password` is writeOnly and returned "never" (RFC 7643 §4.1.1): a real app keeps only a salted
  // hash; this one keeps nothing, which no answer can tell apart.
  const { userName, externalId, name, displayName, emails, active } = instance;
  const other = Object.fromEntries(Object.entries(instance).filter(([key]) => !NOT_OTHER.has(key)));
  return {
    id,
    userName: String(userName),
    ...(externalId !== undefined ? { externalId: String(externalId) } : {}),
    ...(name ? { name: name as StoredUser["name"] } : {}),
    ...(displayName !== undefined ? { displayName: String(displayName) } : {}),
    ...(emails ? { emails: emails as StoredUser["emails"] } : {}),
    // The app's accounts are active unless told otherwise, on create and on a full replace alike.
    active: active !== false,
    ...(Object.keys(other).length > 0 ? { other: clone(other) } : {}),
    meta,
  };
}

function writeUser(resource: { id?: string }, instance: ScimObject, { store, method }: HandlerContext): ScimObject {
  const existing = resource.id ? store.users.get(resource.id) : undefined;
  if (resource.id && !existing) throw notFound("User", resource.id);
  // RFC 7643 §4.1.1: "Each User MUST include a non-empty userName value."
  if (typeof instance.userName !== "string" || !instance.userName.trim()) {
    throw new SCIMMY.Types.Error(400, "invalidValue", "userName is empty: RFC 7643 §4.1.1 requires every User to have a non-empty userName.");
  }
  const userName = instance.userName;
  const clash = findByUserName(store, userName, resource.id);
  if (clash) throw new SCIMMY.Types.Error(409, "uniqueness", `A user with userName ${userName} already exists.`);
  const now = store.now();
  const user = storedUser(instance, existing?.id ?? store.newId(), { created: existing?.meta.created ?? now, lastModified: now });
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
  // scimmy registers a resource type under its class name unless given one, and a minifier renames
  // classes: without `name`, the production bundle listed "User" in /ResourceTypes but answered
  // /ResourceTypes/User with 404. RFC 7643 §6 names the types "User" and "Group".
  SCIMMY.Resources.declare(SCIMMY.Resources.User, {
    name: "User",
    basepath: BASE_URL,
    extensions: [{ schema: SCIMMY.Schemas.EnterpriseUser, required: false }],
    egress: (resource: Target, ctx: HandlerContext) => {
      const all = [...ctx.store.users.values()].map(userToScim);
      const found = matchFilter(resource.filter, all, ctx.caseSensitive && !resource.id, "User", ctx.filterStrings);
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
    name: "Group",
    basepath: BASE_URL,
    egress: (resource: Target, ctx: HandlerContext) => {
      const all = [...ctx.store.groups.values()].map(groupToScim);
      const found = matchFilter(resource.filter, all, false, "Group", ctx.filterStrings);
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

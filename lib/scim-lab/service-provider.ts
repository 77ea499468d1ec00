/**
 * The app under test: a SCIM 2.0 service provider (RFC 7644) built on scimmy over the lab's
 * in-memory store. `handle` takes one HTTP request and returns the answer a correct app gives,
 * or the wrong one a switched-on fault gives. It never throws: every failure is a SCIM error.
 */
import SCIMMY from "scimmy";
import { attributeListProblem, readFilter } from "./filter-syntax";
import { header, respond, scimError } from "./http";
import { declareScimmy, type HandlerContext } from "./scimmy-setup";
import { BASE_URL, LAB_TOKEN } from "./seed";
import type { LabStore } from "./store";
import type { Faults, ScimRequest, ScimResponse } from "./types";

/** Larger bodies are refused before parsing; no single user or group comes near it. */
export const MAX_BODY_BYTES = 32 * 1024;
/** What `/ServiceProviderConfig` advertises as `filter.maxResults`, and the page size cap. */
export const MAX_RESULTS = 200;
export const RETRY_AFTER_SECONDS = 60;

const BASE_PATH = new URL(BASE_URL).pathname;
const LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const RESOURCES = ["Users", "Groups"] as const;
const DISCOVERY = ["ServiceProviderConfig", "Schemas", "ResourceTypes"] as const;

type Resource = (typeof RESOURCES)[number];
type Route =
  | { kind: "resource"; resource: Resource; id?: string }
  | { kind: "discovery"; name: (typeof DISCOVERY)[number]; id?: string }
  /** POST to `/.search`, `/Users/.search` or `/Groups/.search` (RFC 7644 §3.4.3). */
  | { kind: "search"; on: string };

type Parsed = { route: Route | null; query: URLSearchParams; elsewhere?: string };

function parsePath(raw: string, method: string): Parsed {
  let url: URL;
  try {
    url = new URL(raw.trim(), BASE_URL);
  } catch {
    return { route: null, query: new URLSearchParams() };
  }
  if (url.origin !== new URL(BASE_URL).origin) return { route: null, query: url.searchParams, elsewhere: url.origin };
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [name, id, ...rest] = segments;
  const searchable = segments.length === 1 || (RESOURCES as readonly string[]).includes(name ?? "");
  if (method === "POST" && segments.at(-1) === ".search" && searchable) return { route: { kind: "search", on: segments.slice(0, -1).map((s) => `/${s}`).join("") }, query: url.searchParams };
  if (rest.length > 0 || !name) return { route: null, query: url.searchParams };
  if ((RESOURCES as readonly string[]).includes(name)) return { route: { kind: "resource", resource: name as Resource, id }, query: url.searchParams };
  if ((DISCOVERY as readonly string[]).includes(name)) return { route: { kind: "discovery", name: name as (typeof DISCOVERY)[number], id }, query: url.searchParams };
  return { route: null, query: url.searchParams };
}

function authenticate(request: ScimRequest, faults: Faults): ScimResponse | null {
  const authorization = header(request.headers, "authorization")?.trim() ?? "";
  const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
  if (!token) {
    return scimError(401, "No bearer token: send Authorization: Bearer <token>.", undefined, { "WWW-Authenticate": 'Bearer realm="scim"' });
  }
  if (token !== LAB_TOKEN || faults.expiredToken) {
    const detail = token === LAB_TOKEN ? "The access token expired." : "The access token is not valid for this app.";
    return scimError(401, detail, undefined, { "WWW-Authenticate": `Bearer realm="scim", error="invalid_token", error_description="${detail}"` });
  }
  return null;
}

/**
 * `attributes` and `excludedAttributes` name attributes in the notation of RFC 7644 §3.10; anything
 * else would reach scimmy's parser and come back as an internal message.
 */
function attributeParams(query: URLSearchParams): { params: Record<string, string>; error?: ScimResponse } {
  const params: Record<string, string> = {};
  for (const key of ["attributes", "excludedAttributes"] as const) {
    const value = query.get(key);
    if (value === null) continue;
    const problem = attributeListProblem(key, value);
    if (problem) return { params, error: scimError(400, problem, "invalidValue") };
    params[key] = value;
  }
  return { params };
}

type ListParams = { startIndex: number; count: number; filter?: string; attributes?: string; excludedAttributes?: string };

/**
 * RFC 7644 §3.4.2.4: `startIndex` is "the 1-based index of the first query result. A value less
 * than 1 SHALL be interpreted as 1"; `count` is a non-negative integer, and "a negative value SHALL
 * be interpreted as 0". A filter must follow §3.4.2.2, or the answer is 400 invalidFilter.
 */
function listParams(query: URLSearchParams): { params: ListParams; strings?: string[]; error?: ScimResponse } {
  const numbers: Partial<Record<"startIndex" | "count", number>> = {};
  const fail = (error: ScimResponse) => ({ params: { startIndex: 1, count: 0 }, error });
  for (const key of ["startIndex", "count"] as const) {
    const raw = query.get(key);
    if (raw === null) continue;
    if (!/^-?\d+$/.test(raw.trim())) return fail(scimError(400, `${key} must be an integer, found "${raw}".`, "invalidValue"));
    numbers[key] = Number(raw);
  }
  const raw = query.get("filter");
  const filter = raw === null ? undefined : readFilter(raw);
  // RFC 7644 §3.4.2.2: "Providers MUST decline to filter results if the specified filter operation
  // is not recognized and return an HTTP 400 error with a "scimType" error of "invalidFilter"".
  if (filter?.problem !== undefined) return fail(scimError(400, `Invalid filter: ${filter.problem}`, "invalidFilter"));
  const attributes = attributeParams(query);
  if (attributes.error) return fail(attributes.error);
  return {
    params: {
      startIndex: Math.max(numbers.startIndex ?? 1, 1),
      count: Math.min(Math.max(numbers.count ?? MAX_RESULTS, 0), MAX_RESULTS),
      // scimmy reads the filter in a plain form with its string literals marked (filter-syntax.ts).
      ...(filter ? { filter: filter.text } : {}),
      ...attributes.params,
    },
    strings: filter?.strings ?? [],
  };
}

function parseBody(request: ScimRequest): { value?: unknown; error?: ScimResponse } {
  const text = request.body ?? "";
  if (!text.trim()) return { error: scimError(400, `${request.method} needs a JSON body.`, "invalidSyntax") };
  try {
    return { value: JSON.parse(text) };
  } catch (ex) {
    return { error: scimError(400, `The body is not valid JSON: ${(ex as Error).message}`, "invalidSyntax") };
  }
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** scimmy sets itemsPerPage to the requested count; RFC 7644 §3.4.2 wants the number returned. */
function fixList(list: unknown): unknown {
  const body = toJson(list) as { Resources?: unknown[]; itemsPerPage?: number };
  if (Array.isArray(body.Resources)) body.itemsPerPage = body.Resources.length;
  return body;
}

/**
 * One page of a list (RFC 7644 §3.4.2): `totalResults` counts every match, `startIndex` is the index
 * asked for and `itemsPerPage` what this page holds. Past the last result the page is empty while
 * `totalResults` still counts them all, so a client paging by startIndex knows it has read everything.
 */
function page(list: unknown, { startIndex, count }: ListParams): unknown {
  const all = (toJson(list) as { Resources?: unknown[] }).Resources ?? [];
  const Resources = all.slice(startIndex - 1, startIndex - 1 + count);
  return { schemas: [LIST_RESPONSE], totalResults: all.length, startIndex, itemsPerPage: Resources.length, Resources };
}

/**
 * The body of a POST or PUT is a resource, and RFC 7643 §3 says of every resource: "The "schemas"
 * attribute is a REQUIRED attribute". A body without it does not conform to the request schema,
 * which RFC 7644 §3.12 answers with 400 invalidSyntax.
 */
function missingSchemas(body: unknown, resource: Resource): ScimResponse | null {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return scimError(400, `The body must be a JSON object: one ${resource === "Users" ? "User" : "Group"} resource.`, "invalidSyntax");
  }
  const { schemas } = body as { schemas?: unknown };
  if (Array.isArray(schemas) && schemas.length > 0 && schemas.every((s) => typeof s === "string")) return null;
  const core = resource === "Users" ? "urn:ietf:params:scim:schemas:core:2.0:User" : "urn:ietf:params:scim:schemas:core:2.0:Group";
  return scimError(400, `The body has no "schemas" list, which RFC 7643 §3 requires of every resource: add "schemas": ["${core}"].`, "invalidSyntax");
}

/** JavaScript's own error texts (a library's internals), which no client should read as the app's answer. */
const INTERNAL = /is not a function|is not iterable|is not a constructor|is not defined|Cannot read propert|Cannot set propert|Cannot convert/;

function fromException(ex: unknown, query: URLSearchParams): ScimResponse {
  if (ex instanceof SCIMMY.Types.Error || ex instanceof TypeError || ex instanceof SyntaxError) {
    const status = ex instanceof SCIMMY.Types.Error ? ex.status : 400;
    // scimmy's own scimType stands: noTarget for a PATCH value path that matches nothing
    // (RFC 7644 §3.5.2.3), invalidPath, invalidSyntax, uniqueness…
    const scimType = ex instanceof SCIMMY.Types.Error ? ex.scimType : "invalidValue";
    if (status === 400 && INTERNAL.test(ex.message)) {
      return query.has("filter")
        ? scimError(400, "Invalid filter: the app could not read it. Write it as RFC 7644 §3.4.2.2 does, e.g. userName eq \"jdoe@example.com\".", "invalidFilter")
        : scimError(400, "The app could not read this request's values: check each attribute's type against /Schemas.", "invalidValue");
    }
    return scimError(status, ex.message, scimType);
  }
  return scimError(500, "The app failed to handle the request.");
}

async function handleResource(method: string, route: Extract<Route, { kind: "resource" }>, request: ScimRequest, query: URLSearchParams, ctx: HandlerContext, faults: Faults): Promise<ScimResponse> {
  const Type = route.resource === "Users" ? SCIMMY.Resources.User : SCIMMY.Resources.Group;
  if (!route.id) {
    if (method === "GET") {
      const { params, strings, error } = listParams(query);
      if (error) return error;
      // scimmy pages only while startIndex is within the results and shows page 1 past them, so it
      // is asked for every match and the page is cut here.
      const read = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "startIndex" && key !== "count"));
      const all = await new Type({ ...read, startIndex: 1, count: Number.MAX_SAFE_INTEGER } as never).read({ ...ctx, filterStrings: strings ?? [] });
      return respond(200, page(all, params));
    }
    if (method === "POST") {
      const body = parseBody(request);
      if (body.error) return body.error;
      const unschematic = missingSchemas(body.value, route.resource);
      if (unschematic) return unschematic;
      const created = toJson(await new Type().write(body.value as never, ctx)) as { meta?: { location?: string } };
      return respond(201, created, created.meta?.location ? { Location: created.meta.location } : {});
    }
    return scimError(405, `${method} is not allowed on /${route.resource}; use GET or POST.`, undefined, { Allow: "GET, POST" });
  }
  const { params: attributes, error } = attributeParams(query);
  if (error) return error;
  switch (method) {
    case "GET":
      return respond(200, toJson(await new Type(route.id, attributes).read(ctx)));
    case "PUT": {
      const body = parseBody(request);
      if (body.error) return body.error;
      const unschematic = missingSchemas(body.value, route.resource);
      if (unschematic) return unschematic;
      return respond(200, toJson(await new Type(route.id).write(body.value as never, ctx)));
    }
    case "PATCH": {
      if (faults.noPatch) {
        return scimError(501, "This app does not implement PATCH (patch.supported is false in /ServiceProviderConfig). Send PUT with the whole resource.");
      }
      const body = parseBody(request);
      if (body.error) return body.error;
      const patched = await new Type(route.id).patch(body.value as never, ctx);
      return patched ? respond(200, toJson(patched)) : respond(204);
    }
    case "DELETE":
      await new Type(route.id).dispose(ctx);
      return respond(204);
    default:
      return scimError(405, `${method} is not allowed on /${route.resource}/{id}; use GET, PUT, PATCH or DELETE.`, undefined, { Allow: "GET, PUT, PATCH, DELETE" });
  }
}

async function handleDiscovery(method: string, route: Extract<Route, { kind: "discovery" }>, faults: Faults): Promise<ScimResponse> {
  if (method !== "GET") return scimError(405, `/${route.name} is read-only; use GET.`, undefined, { Allow: "GET" });
  if (route.name === "ServiceProviderConfig") {
    if (route.id) return scimError(404, `No resource at /ServiceProviderConfig/${route.id}.`);
    const config = toJson(await new SCIMMY.Resources.ServiceProviderConfig().read()) as { patch: { supported: boolean } };
    config.patch = { supported: !faults.noPatch };
    return respond(200, config);
  }
  const Type = route.name === "Schemas" ? SCIMMY.Resources.Schema : SCIMMY.Resources.ResourceType;
  const found = toJson(await (route.id ? new Type(route.id) : new Type()).read());
  return route.id ? respond(200, found) : respond(200, fixList(found));
}

/** One request in, one RFC 7644 answer out. Faults change the answer the way a broken app would. */
export async function handle(store: LabStore, request: ScimRequest, faults: Faults): Promise<ScimResponse> {
  declareScimmy();
  const method = request.method.trim().toUpperCase();
  const { route, query, elsewhere } = parsePath(request.path, method);
  if (elsewhere) {
    // RFC 9110 §15.5.20: a server "sends 421 to reject a target URI that does not match an origin
    // for which the server has been configured". Checked first: a request for another host is
    // not this app's to authenticate.
    return scimError(421, `This app answers only for ${new URL(BASE_URL).origin}, not ${elsewhere}: the lab sends every request to its own app and never to another host. Type a path such as ${BASE_PATH}/Users.`);
  }
  const denied = authenticate(request, faults);
  if (denied) return denied;
  if (faults.rateLimit) {
    return scimError(429, `Too many requests. Retry after ${RETRY_AFTER_SECONDS} seconds.`, undefined, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  if (new TextEncoder().encode(request.body ?? "").length > MAX_BODY_BYTES) {
    return scimError(413, `The body is larger than this app accepts (${MAX_BODY_BYTES} bytes).`);
  }
  if (!route) return scimError(404, `No SCIM endpoint at ${request.path.split("?")[0]}. This app serves /Users, /Groups, /ServiceProviderConfig, /Schemas and /ResourceTypes under ${BASE_PATH}.`);
  if (route.kind === "search") {
    // RFC 7644 §3.4.3 lets clients query with POST to "/.search"; this app, like many, does not
    // offer it (Okta queries with GET), and §3.12 answers an operation a service provider does not
    // support with "501 (Not Implemented)".
    return scimError(501, `This app does not implement POST ${BASE_PATH}${route.on}/.search (RFC 7644 §3.4.3). Query with GET ${BASE_PATH}${route.on || "/Users"}?filter=… instead, as Okta does.`);
  }
  let response: ScimResponse;
  try {
    response =
      route.kind === "resource"
        ? await handleResource(method, route, request, query, { store, caseSensitive: faults.caseSensitiveLookup, method, filterStrings: [] }, faults)
        : await handleDiscovery(method, route, faults);
  } catch (ex) {
    response = fromException(ex, query);
  }
  if (route.kind === "resource") {
    const createdId = response.status === 201 ? (response.body as { id?: string }).id : undefined;
    store.received.push({ method, resource: route.resource, id: route.id ?? createdId, status: response.status });
  }
  return response;
}

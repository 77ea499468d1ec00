/**
 * The app under test: a SCIM 2.0 service provider (RFC 7644) built on scimmy over the lab's
 * in-memory store. `handle` takes one HTTP request and returns the answer a correct app gives,
 * or the wrong one a switched-on fault gives. It never throws: every failure is a SCIM error.
 */
import SCIMMY from "scimmy";
import { header, respond, scimError } from "./http";
import { declareScimmy } from "./scimmy-setup";
import { BASE_URL, LAB_TOKEN } from "./seed";
import type { LabStore } from "./store";
import type { Faults, ScimRequest, ScimResponse } from "./types";

/** Larger bodies are refused before parsing; no single user or group comes near it. */
export const MAX_BODY_BYTES = 32 * 1024;
/** What `/ServiceProviderConfig` advertises as `filter.maxResults`, and the page size cap. */
export const MAX_RESULTS = 200;
export const RETRY_AFTER_SECONDS = 60;

const BASE_PATH = new URL(BASE_URL).pathname;
const RESOURCES = ["Users", "Groups"] as const;
const DISCOVERY = ["ServiceProviderConfig", "Schemas", "ResourceTypes"] as const;

type Resource = (typeof RESOURCES)[number];
type Route = { kind: "resource"; resource: Resource; id?: string } | { kind: "discovery"; name: (typeof DISCOVERY)[number]; id?: string };

function parsePath(raw: string): { route: Route | null; query: URLSearchParams } {
  let url: URL;
  try {
    url = new URL(raw.trim(), BASE_URL);
  } catch {
    return { route: null, query: new URLSearchParams() };
  }
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  const [name, id, ...rest] = path.split("/").filter(Boolean).map(decodeURIComponent);
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

/** `startIndex` and `count` are integers (RFC 7644 §3.4.2.4); below 1 means 1, below 0 means 0. */
function listParams(query: URLSearchParams): { params: Record<string, string | number>; error?: ScimResponse } {
  const params: Record<string, string | number> = {};
  for (const key of ["startIndex", "count"] as const) {
    const raw = query.get(key);
    if (raw === null) continue;
    if (!/^-?\d+$/.test(raw.trim())) return { params, error: scimError(400, `${key} must be an integer, found "${raw}".`, "invalidValue") };
    params[key] = Number(raw);
  }
  params.startIndex = Math.max(Number(params.startIndex ?? 1), 1);
  params.count = Math.min(Math.max(Number(params.count ?? MAX_RESULTS), 0), MAX_RESULTS);
  for (const key of ["filter", "attributes", "excludedAttributes"] as const) {
    const value = query.get(key);
    if (value !== null) params[key] = value;
  }
  return { params };
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

function fromException(ex: unknown): ScimResponse {
  if (ex instanceof SCIMMY.Types.Error) {
    // scimmy files some unreadable filters under invalidValue; RFC 7644 §3.12 calls them invalidFilter.
    const scimType = ex.status === 400 && /filter/i.test(ex.message) ? "invalidFilter" : ex.scimType;
    return scimError(ex.status, ex.message, scimType);
  }
  if (ex instanceof TypeError || ex instanceof SyntaxError) {
    // scimmy reports an unreadable filter expression as a TypeError naming the filter.
    const scimType = /filter|expression|comparator/i.test(ex.message) ? "invalidFilter" : "invalidValue";
    return scimError(400, ex.message, scimType);
  }
  return scimError(500, "The app failed to handle the request.");
}

async function handleResource(method: string, route: Extract<Route, { kind: "resource" }>, request: ScimRequest, query: URLSearchParams, ctx: object, faults: Faults): Promise<ScimResponse> {
  const Type = route.resource === "Users" ? SCIMMY.Resources.User : SCIMMY.Resources.Group;
  if (!route.id) {
    if (method === "GET") {
      const { params, error } = listParams(query);
      if (error) return error;
      return respond(200, fixList(await new Type(params as never).read(ctx)));
    }
    if (method === "POST") {
      const body = parseBody(request);
      if (body.error) return body.error;
      const created = toJson(await new Type().write(body.value as never, ctx)) as { meta?: { location?: string } };
      return respond(201, created, created.meta?.location ? { Location: created.meta.location } : {});
    }
    return scimError(405, `${method} is not allowed on /${route.resource}; use GET or POST.`, undefined, { Allow: "GET, POST" });
  }
  const attributes = Object.fromEntries(["attributes", "excludedAttributes"].flatMap((k) => (query.get(k) ? [[k, query.get(k) as string]] : [])));
  switch (method) {
    case "GET":
      return respond(200, toJson(await new Type(route.id, attributes).read(ctx)));
    case "PUT": {
      const body = parseBody(request);
      if (body.error) return body.error;
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
  const denied = authenticate(request, faults);
  if (denied) return denied;
  if (faults.rateLimit) {
    return scimError(429, `Too many requests. Retry after ${RETRY_AFTER_SECONDS} seconds.`, undefined, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  if (new TextEncoder().encode(request.body ?? "").length > MAX_BODY_BYTES) {
    return scimError(413, `The body is larger than this app accepts (${MAX_BODY_BYTES} bytes).`);
  }
  const { route, query } = parsePath(request.path);
  if (!route) return scimError(404, `No SCIM endpoint at ${request.path.split("?")[0]}. This app serves /Users, /Groups, /ServiceProviderConfig, /Schemas and /ResourceTypes under ${BASE_PATH}.`);
  let response: ScimResponse;
  try {
    response =
      route.kind === "resource"
        ? await handleResource(method, route, request, query, { store, caseSensitive: faults.caseSensitiveLookup, method }, faults)
        : await handleDiscovery(method, route, faults);
  } catch (ex) {
    response = fromException(ex);
  }
  if (route.kind === "resource") {
    const createdId = response.status === 201 ? (response.body as { id?: string }).id : undefined;
    store.received.push({ method, resource: route.resource, id: route.id ?? createdId, status: response.status });
  }
  return response;
}

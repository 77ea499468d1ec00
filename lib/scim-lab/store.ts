/**
 * The app's database: users and groups in memory, keyed by id, in insertion order (Okta pages with
 * `startIndex` and needs the same order on every call). A fresh store is a deep copy of the seed.
 */
import { SEED_ACCOUNTS, SEED_GROUP, type SeedAccountKey, type StoredGroup, type StoredUser } from "./seed";

export interface LabStore {
  users: Map<string, StoredUser>;
  groups: Map<string, StoredGroup>;
  /** Every request the app accepted as authenticated, so challenges can check how a change arrived. */
  received: { method: string; resource: "Users" | "Groups"; id?: string; status: number }[];
  /** Changes to a user's surname and the method that made them (PUT, or PATCH, which also writes). */
  changes: { id: string; attribute: "name.familyName"; method: string }[];
  now: () => string;
  newId: () => string;
}

/** A random version 4 UUID; `crypto.getRandomValues` works in every browser context, secure or not. */
export function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createStore(
  accounts: readonly SeedAccountKey[] = Object.keys(SEED_ACCOUNTS) as SeedAccountKey[],
  options: { now?: () => string; newId?: () => string } = {},
): LabStore {
  const users = new Map<string, StoredUser>();
  for (const key of accounts) users.set(SEED_ACCOUNTS[key].id, clone(SEED_ACCOUNTS[key]));
  const group = clone(SEED_GROUP);
  group.members = group.members.filter((m) => users.has(m.value));
  return {
    users,
    groups: new Map([[group.id, group]]),
    received: [],
    changes: [],
    now: options.now ?? (() => new Date().toISOString().replace(/\.\d{3}Z$/, "Z")),
    newId: options.newId ?? uuid,
  };
}

/** userName is unique without regard to case (RFC 7643 §4.1.1: caseExact false). */
export function findByUserName(store: LabStore, userName: string, exceptId?: string): StoredUser | undefined {
  const wanted = userName.toLowerCase();
  return [...store.users.values()].find((u) => u.id !== exceptId && u.userName.toLowerCase() === wanted);
}

export function findGroupByName(store: LabStore, displayName: string, exceptId?: string): StoredGroup | undefined {
  const wanted = displayName.toLowerCase();
  return [...store.groups.values()].find((g) => g.id !== exceptId && g.displayName.toLowerCase() === wanted);
}

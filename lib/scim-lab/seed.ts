/**
 * What the lab starts from: the app's existing accounts and groups, and the Okta side — the people
 * an admin can assign and the group an admin can push. The ids and the new hire match the lesson's
 * L3 payloads, so what the learner sees in the lab is what the lesson shows on the wire.
 */

/** A user as the app stores it (the SCIM representation without `schemas`). */
export interface StoredUser {
  id: string;
  userName: string;
  externalId?: string;
  name?: { givenName?: string; familyName?: string };
  displayName?: string;
  emails?: { value: string; type?: string; primary?: boolean }[];
  active: boolean;
  /** Every other attribute `/Schemas` advertises, as the client last wrote it (title, the enterprise extension under its URN…). */
  other?: Record<string, unknown>;
  meta: { created: string; lastModified: string };
}

export interface StoredGroup {
  id: string;
  displayName: string;
  externalId?: string;
  members: { value: string; display?: string }[];
  meta: { created: string; lastModified: string };
}

/** A person in the Okta org, with what the admin has done for them in this app. */
export interface OktaPerson {
  /** Okta's user id (`00u…`), sent to the app as `externalId`. */
  oktaId: string;
  login: string;
  firstName: string;
  lastName: string;
  /** The surname "Update profile" switches to (and back from). */
  otherLastName: string;
  department: string;
}

/** The seeded app accounts an instructor may pick from (`users` on `<ScimLab>`). */
export const SEED_ACCOUNT_KEYS = ["priya", "marcus", "sam"] as const;
export type SeedAccountKey = (typeof SEED_ACCOUNT_KEYS)[number];

const SEEDED_AT = "2025-03-03T09:00:00Z";

export const SEED_ACCOUNTS: Record<SeedAccountKey, StoredUser> = {
  priya: {
    id: "b1c794f2-4f4c-49f4-b5d5-03a4cb2686ea",
    userName: "priya.shah@example.com",
    externalId: "00u2prya7SHAH8abc9d0",
    name: { givenName: "Priya", familyName: "Shah" },
    displayName: "Priya Shah",
    emails: [{ value: "priya.shah@example.com", type: "work", primary: true }],
    active: true,
    meta: { created: SEEDED_AT, lastModified: SEEDED_AT },
  },
  marcus: {
    id: "89bb1940-b905-4575-9e7f-6f887cfb368e",
    userName: "marcus.lee@example.com",
    externalId: "00u3mrcs4LEE5efg6h7i",
    name: { givenName: "Marcus", familyName: "Lee" },
    displayName: "Marcus Lee",
    emails: [{ value: "marcus.lee@example.com", type: "work", primary: true }],
    active: true,
    meta: { created: SEEDED_AT, lastModified: SEEDED_AT },
  },
  // Left last year and was deactivated, never deleted: the account a rehire collides with.
  // Its userName was typed with capitals by hand, which a case-sensitive lookup misses.
  sam: {
    id: "6c5bb468-14b2-4183-baf2-06d523e03bd3",
    userName: "Sam.Rivera@example.com",
    name: { givenName: "Sam", familyName: "Rivera" },
    displayName: "Sam Rivera",
    emails: [{ value: "Sam.Rivera@example.com", type: "work", primary: true }],
    active: false,
    meta: { created: "2023-01-09T08:30:00Z", lastModified: "2025-06-30T17:00:00Z" },
  },
};

/** An app group that exists before any push, so a list of groups is never trivially empty. */
export const SEED_GROUP: StoredGroup = {
  id: "abf4dd94-a4c0-4f67-89c9-76b03340cb9b",
  displayName: "Engineering",
  members: [
    { value: SEED_ACCOUNTS.priya.id, display: SEED_ACCOUNTS.priya.userName },
    { value: SEED_ACCOUNTS.marcus.id, display: SEED_ACCOUNTS.marcus.userName },
  ],
  meta: { created: SEEDED_AT, lastModified: SEEDED_AT },
};

/** The Okta people the lab's admin actions work on. */
export const OKTA_PEOPLE = {
  jane: {
    oktaId: "00u1abcd2EFGH3ijk4l5",
    login: "jdoe@example.com",
    firstName: "Jane",
    lastName: "Doe",
    otherLastName: "Doe-Smith",
    department: "Sales",
  },
  sam: {
    oktaId: "00u4samr5RIV6jkl7m8n",
    login: "sam.rivera@example.com",
    firstName: "Sam",
    lastName: "Rivera",
    otherLastName: "Rivera-Cole",
    department: "Sales",
  },
  alex: {
    oktaId: "00u7alex8KIM9opq0r1s",
    login: "alex.kim@example.com",
    firstName: "Alex",
    lastName: "Kim",
    otherLastName: "Kim-Park",
    department: "Sales",
  },
} as const satisfies Record<string, OktaPerson>;

export type OktaPersonKey = keyof typeof OKTA_PEOPLE;
export const OKTA_PERSON_KEYS = Object.keys(OKTA_PEOPLE) as OktaPersonKey[];

/** The Okta group the admin pushes, and who is in it at the start. Alex is never assigned to the app. */
export const PUSH_GROUP = { name: "Sales", members: ["jane", "alex"] as OktaPersonKey[] };

/** The bearer token Okta holds for the app (the lab's "API token" field). */
export const LAB_TOKEN = "okta-lab-token-7f3a9c";

/** Where the app says its resources live (`Location`, `meta.location`). */
export const BASE_URL = "https://crm.example.com/scim/v2";

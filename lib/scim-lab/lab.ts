/**
 * One lab: the app (store + faults) and the Okta org that provisions into it (who is assigned,
 * which app account each person is linked to, the pushed group, and the "Support PATCH for User"
 * setting). `createLab` is also "Reset lab": it rebuilds everything from the seed.
 */
import { OKTA_PEOPLE, OKTA_PERSON_KEYS, PUSH_GROUP, SEED_ACCOUNT_KEYS, type OktaPersonKey, type SeedAccountKey } from "./seed";
import { createStore, type LabStore } from "./store";
import { HEALTHY, type Exchange, type Faults, type LogEvent } from "./types";

export interface OktaSide {
  assigned: Record<OktaPersonKey, boolean>;
  /** The app user id Okta stored for each person after a create or a match. */
  linked: Partial<Record<OktaPersonKey, string>>;
  lastName: Record<OktaPersonKey, string>;
  /** Members of the Okta group that Group Push mirrors. */
  groupMembers: OktaPersonKey[];
  /** The app's id for the pushed group, once pushed. */
  pushedGroupId?: string;
  /**
   * Okta's "Support PATCH for User" provisioning setting. Off (the documented default, and all an
   * older-wizard app has): updates are GET then PUT. On: updates and (de)activation are PATCH.
   */
  patchSupport: boolean;
}

export interface Lab {
  store: LabStore;
  okta: OktaSide;
  faults: Faults;
  accounts: readonly SeedAccountKey[];
}

export function createLab(accounts: readonly SeedAccountKey[] = SEED_ACCOUNT_KEYS, options?: Parameters<typeof createStore>[1]): Lab {
  const all = <T>(value: (key: OktaPersonKey) => T) => Object.fromEntries(OKTA_PERSON_KEYS.map((k) => [k, value(k)])) as Record<OktaPersonKey, T>;
  return {
    store: createStore(accounts, options),
    okta: {
      assigned: all(() => false),
      linked: {},
      lastName: all((k) => OKTA_PEOPLE[k].lastName),
      groupMembers: [...PUSH_GROUP.members],
      patchSupport: false,
    },
    faults: { ...HEALTHY },
    accounts,
  };
}

/** What one admin action did: the requests Okta sent with the answers, and what the System Log says. */
export interface ActionResult {
  exchanges: Exchange[];
  events: LogEvent[];
  /** Set when Okta sends nothing (e.g. the person is not assigned): why. */
  note?: string;
}

/** Switches a fault in the app on or off. */
export function setFault(lab: Lab, name: keyof Faults, on: boolean): void {
  lab.faults[name] = on;
}

/** Okta's "Support PATCH for User" setting. */
export function setPatchSupport(lab: Lab, on: boolean): void {
  lab.okta.patchSupport = on;
}

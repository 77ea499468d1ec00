"use client";

import type { Lab } from "@/lib/scim-lab/lab";
import { panel, panelTitle } from "./styles";

/** The app's own view: its accounts and groups as stored now. */
export function AppAccounts({ id, lab }: { id: string; lab: Lab }) {
  const users = [...lab.store.users.values()];
  const groups = [...lab.store.groups.values()];
  const userName = (uid: string) => lab.store.users.get(uid)?.userName ?? uid;
  return (
    <section aria-labelledby={`${id}-app-title`} className={panel}>
      <h3 id={`${id}-app-title`} className={panelTitle}>In the app now</h3>
      <ul className="mt-2 space-y-1 text-sm" data-app-users>
        {users.map((u) => (
          <li key={u.id} className="break-words">
            <strong>{u.userName}</strong> — {u.name?.givenName} {u.name?.familyName} —{" "}
            <span className={u.active ? "text-success" : "text-danger"}>{u.active ? "active" : "inactive"}</span>
            <span className="block font-mono text-xs text-muted break-all">id {u.id}</span>
          </li>
        ))}
      </ul>
      <ul className="mt-2 space-y-1 text-sm" data-app-groups>
        {groups.map((g) => (
          <li key={g.id} className="break-words">
            Group <strong>{g.displayName}</strong>: {g.members.length === 0 ? "no members" : g.members.map((m) => userName(m.value)).join(", ")}
          </li>
        ))}
      </ul>
    </section>
  );
}

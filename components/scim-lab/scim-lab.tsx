import { FlaskConical } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { ReactNode } from "react";
import { CHALLENGE_IDS, type ChallengeId } from "@/lib/scim-lab/catalog";
import { SEED_ACCOUNT_KEYS, type SeedAccountKey } from "@/lib/scim-lab/seed";
import { StartLab } from "./start-lab";

export interface ScimLabProps {
  id: string;
  title: string;
  /** Comma-separated challenge ids (checked by the content schema); all when absent. */
  challenges?: string;
  /** Comma-separated seeded accounts (checked by the content schema); all when absent. */
  users?: string;
  children?: ReactNode;
}

const list = <T extends string>(value: string | undefined, all: readonly T[]): T[] =>
  value ? (value.split(",").map((s) => s.trim()) as T[]) : [...all];

/**
 * The SCIM lab's place in the lesson: its heading and intro, then a "Start the lab" button. The lab
 * itself (and scimmy) loads on that click, so the lesson's first load does not carry it.
 */
export function ScimLab({ id, title, challenges, users, children }: ScimLabProps) {
  const config = {
    id,
    challenges: list<ChallengeId>(challenges, CHALLENGE_IDS),
    accounts: list<SeedAccountKey>(users, SEED_ACCOUNT_KEYS),
  };
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-scim-lab className="mt-16 rounded-xl border border-line-soft bg-surface p-4 sm:p-5">
      <h2 id={`${id}-title`} className="text-2xl leading-tight font-bold tracking-tight">
        <FlaskConical aria-hidden="true" className={LEAD_ICON} />
        {title}
      </h2>
      <div className="prose-lesson mt-3 max-w-[44rem]">{children}</div>
      <p className="no-js-only mt-3 font-medium">The lab runs in your browser and needs JavaScript.</p>
      <div className="js-only mt-4">
        <StartLab config={config} />
      </div>
    </section>
  );
}

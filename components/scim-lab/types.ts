import type { ChallengeId } from "@/lib/scim-lab/catalog";
import type { SeedAccountKey } from "@/lib/scim-lab/seed";
export type { LogEntry } from "@/lib/scim-lab/lab";

/** What the server part hands to the client: plain data, parsed from the MDX attributes. */
export interface ScimLabConfig {
  /** Prefix for element ids inside the lab (the block's anchor id). */
  id: string;
  challenges: ChallengeId[];
  accounts: SeedAccountKey[];
}

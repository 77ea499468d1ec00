/**
 * The System Log's sentences as the learner reads them: an app's error detail quoted inside a
 * sentence keeps one full stop, and counts agree with their nouns.
 */
import { describe, expect, it } from "vitest";
import { plural } from "@/lib/plural";
import { createLab, INTEGRATION_TYPES, type Lab } from "./lab";
import { ADMIN_ACTIONS, perform } from "./okta-actions";
import { OKTA_PERSON_KEYS } from "./seed";
import { FAULT_NAMES } from "./types";

/** Every sentence the log and the notes show while each action runs for each person. */
async function everySentence(lab: Lab): Promise<string[]> {
  const sentences: string[] = [];
  for (const person of OKTA_PERSON_KEYS) {
    for (const action of ADMIN_ACTIONS) {
      const result = await perform(lab, action, person);
      sentences.push(...result.events.map((e: { message: string }) => e.message), ...(result.note ? [result.note] : []));
    }
  }
  return sentences;
}

describe("System Log sentences", () => {
  it.each(INTEGRATION_TYPES.flatMap((integration) => [undefined, ...FAULT_NAMES].map((fault) => [integration, fault] as const)))("never end a sentence twice (%s, fault: %s)", async (integration, fault) => {
    const lab = createLab(undefined, { integration });
    if (fault) lab.faults[fault] = true;
    const sentences = await everySentence(lab);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.filter((s) => /\.\./.test(s))).toEqual([]);
  });

  it("quotes the app's detail inside the sentence: the expired token and the refused duplicate", async () => {
    const expired = createLab();
    expired.faults.expiredToken = true;
    const denied = (await perform(expired, "assign", "jane")).events[0]?.message ?? "";
    expect(denied).toMatch(/expired\. Fix:/);

    const rehire = createLab();
    rehire.faults.caseSensitiveLookup = true;
    const refused = (await perform(rehire, "assign", "sam")).events[0]?.message ?? "";
    expect(refused).toMatch(/already exists\. The filter GET/);
  });

  it("counts what Import read with the noun in the right number", async () => {
    const lab = createLab();
    const message = (await perform(lab, "import", "jane")).events.find((e: { eventType: string }) => e.eventType === "system.import.complete")?.message;
    expect(message).toContain(`Read ${plural(lab.store.users.size, "user")} and ${plural(lab.store.groups.size, "group")} from the app`);
  });

  it("counts the members Group Push sent with the noun in the right number", async () => {
    const lab = createLab();
    await perform(lab, "assign", "jane");
    const result = await perform(lab, "pushGroup", "jane");
    const pushed = result.events.find((e: { eventType: string }) => e.eventType === "application.provision.group_push.push_memberships")?.message ?? "";
    const members = lab.store.groups.get(lab.okta.pushedGroupId ?? "")?.members.length ?? -1;
    expect(pushed).toContain(`Pushed ${plural(members, "member")}:`);
  });
});

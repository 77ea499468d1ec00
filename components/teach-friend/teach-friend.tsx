import { MessagesSquare } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import type { Level } from "@/lib/content/levels";
import { TeachFriendActions } from "./teach-friend-actions";

/**
 * "Teach a friend": a paste-ready summary, built from the lesson at build time once per reading
 * level (each from the So-far lines that level reads), and shown at the reader's level.
 */
export function TeachFriend({ intro, summaries, startLevel }: AttributesOf<"TeachFriend"> & { summaries: Record<Level, string>; startLevel: Level }) {
  return (
    <section id="teach-a-friend" aria-labelledby="teach-title" className="mt-16">
      <h2 id="teach-title" className="text-xl font-bold">
        <MessagesSquare aria-hidden="true" className={LEAD_ICON} />Teach a friend
      </h2>
      {intro && <p className="mt-1">{intro}</p>}
      <TeachFriendActions summaries={summaries} />
      {/* Without JavaScript there is nothing to generate: the summary is simply shown. */}
      <pre className="no-js-only mt-3 rounded-lg border border-line-soft bg-surface-2 p-4 text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">{summaries[startLevel]}</pre>
    </section>
  );
}

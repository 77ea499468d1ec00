"use client";

import { useId, useRef, useState } from "react";
import { selectText } from "@/components/select-text";
import { useProgress } from "@/components/progress/progress-provider";
import type { Level } from "@/lib/content/levels";

const button = "inline-flex min-h-11 items-center rounded-lg px-4 font-semibold";

/**
 * "Generate summary" reveals the summary; "Copy" uses the Clipboard API and, when it is missing or
 * refused, selects the text instead. Either outcome is announced.
 */
export function TeachFriendActions({ summaries }: { /** The paste-ready text at each reading level (lib/summary.ts). */ summaries: Record<Level, string> }) {
  const level = useProgress((s) => s.level);
  const summary = summaries[level];
  const [shown, setShown] = useState(false);
  const [message, setMessage] = useState("");
  const text = useRef<HTMLElement>(null);
  const id = useId();

  const copy = async () => {
    setMessage("");
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no Clipboard API");
      await navigator.clipboard.writeText(summary);
      setMessage("Copied");
    } catch {
      if (text.current) selectText(text.current);
      const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
      setMessage(`Selected — press ${mac ? "⌘C" : "Ctrl+C"} to copy`);
    }
  };

  return (
    <div className="js-only mt-3">
      {!shown && (
        <button
          type="button"
          aria-expanded={false}
          aria-controls={`${id}-summary`}
          onClick={() => {
            setShown(true);
            // The button goes away: focus moves to the summary it revealed.
            requestAnimationFrame(() => text.current?.focus());
          }}
          className={`${button} bg-accent text-on-accent`}
        >
          Generate summary
        </button>
      )}
      <div id={`${id}-summary`} hidden={!shown}>
        {/* HTML allows no name on a <pre>: the named, focusable stop is a section around it. */}
        <section ref={text} tabIndex={0} aria-label="Summary to share" className="rounded-lg">
          <pre className="rounded-lg border border-line-soft bg-surface-2 p-4 text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">{summary}</pre>
        </section>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => void copy()} className={`${button} border border-accent text-accent hover:bg-accent-soft`}>
            Copy
          </button>
          <p role="status" className="text-sm font-semibold text-ink">
            {message}
          </p>
        </div>
      </div>
    </div>
  );
}

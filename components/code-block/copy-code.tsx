"use client";

import { useRef, useState } from "react";
import { selectText } from "@/components/select-text";

/**
 * Copies the code block it sits in (read from the page, so the payload is not sent twice) and
 * announces "Copied"; where the Clipboard API is missing or refused it selects the code instead.
 */
export function CopyCode() {
  const [message, setMessage] = useState("");
  const button = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    const pre = button.current?.closest("[data-code-block]")?.querySelector("pre");
    if (!pre) return;
    setMessage("");
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no Clipboard API");
      await navigator.clipboard.writeText(pre.textContent ?? "");
      setMessage("Copied");
    } catch {
      selectText(pre);
      const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
      setMessage(`Selected — press ${mac ? "⌘C" : "Ctrl+C"} to copy`);
    }
  };

  return (
    <span className="flex items-center gap-2">
      <span role="status" className="text-xs font-semibold text-ink">
        {message}
      </span>
      <button
        ref={button}
        type="button"
        onClick={() => void copy()}
        className="inline-flex min-h-8 items-center rounded-md border border-line bg-surface px-2.5 text-xs font-semibold text-accent hover:bg-accent-soft"
      >
        Copy<span className="sr-only"> code</span>
      </button>
    </span>
  );
}

"use client";

import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from "react";
import type { TutorDialogProps, TutorItem } from "./tutor-dialog";
import { plural } from "@/lib/plural";
import { layOutAllSections } from "@/components/lesson/offscreen-sections";

// Loaded on the first click, so the dialog (and Radix) stays out of the page's first-load JS.
const TutorDialog = lazy(() => import("./tutor-dialog").then((m) => ({ default: m.TutorDialog })));

export type TutorLauncherProps = Pick<TutorDialogProps, "glossary" | "synonyms" | "sections"> & {
  /** The curated questions and answers, each with its section's short title. */
  entries: TutorItem[];
  /** The button's and the dialog title's icons, rendered on the server so its SVG code stays out of the client bundle. */
  icons?: { button: ReactNode; dialog: ReactNode };
};

/** The "Ask the AI Tutor" button; owns where focus goes when the dialog closes. */
export function TutorLauncher({ entries, glossary, synonyms, sections, icons }: TutorLauncherProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const goTo = useRef<string | null>(null);

  const onCloseAutoFocus = useCallback((event: Event) => {
    event.preventDefault();
    const target = goTo.current;
    goTo.current = null;
    const heading = target ? (document.getElementById(`${target}-title`) ?? document.getElementById(target)) : null;
    if (!target || !heading) {
      trigger.current?.focus();
      return;
    }
    // A section link: land on its heading, as the in-page link would, with the URL updated.
    history.pushState(null, "", `#${target}`);
    heading.setAttribute("tabindex", "-1");
    layOutAllSections();
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }, []);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-5 font-semibold text-on-accent"
      >
        {icons?.button}
        Ask the AI Tutor
      </button>
      <span className="ml-3 text-sm text-muted">{plural(entries.length, "curated question")}</span>
      {loaded && (
        <Suspense fallback={null}>
          <TutorDialog
            icon={icons?.dialog}
            open={open}
            onOpenChange={setOpen}
            entries={entries}
            glossary={glossary}
            synonyms={synonyms}
            sections={sections}
            onNavigate={(section) => {
              goTo.current = section;
              setOpen(false);
            }}
            onCloseAutoFocus={onCloseAutoFocus}
          />
        </Suspense>
      )}
    </>
  );
}

"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useId, useRef, useState, type ReactNode } from "react";
import { filterTutor } from "@/lib/tutor-filter";
import { TutorAnswerText } from "./tutor-answer-text";
import { plural } from "@/lib/plural";

/** One curated question, with the short title of the section its answer comes from. */
export interface TutorItem {
  question: string;
  answer: string;
  section: string;
  sectionTitle: string;
}

export interface TutorDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  entries: TutorItem[];
  /** A section link was followed: the launcher closes the dialog and moves there. */
  onNavigate(sectionId: string): void;
  /** Radix's close focus hook: the launcher returns focus to its button (or the section). */
  onCloseAutoFocus(event: Event): void;
  /** The title's icon, rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}

/** The tutor dialog: a filter box and the questions; choosing one shows its answer. */
export function TutorDialog({ open, onOpenChange, entries, onNavigate, onCloseAutoFocus, icon }: TutorDialogProps) {
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const ids = useId();
  const filter = useRef<HTMLInputElement>(null);
  const shown = filterTutor(entries, query);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <Dialog.Content
          onCloseAutoFocus={onCloseAutoFocus}
          onOpenAutoFocus={(event) => {
            // Start in the filter box: typing narrows the list straight away.
            event.preventDefault();
            filter.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 flex max-h-[min(40rem,calc(100dvh-2rem))] w-[min(40rem,calc(100vw-1.5rem))] -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl border border-line-soft bg-surface text-ink shadow-xl"
        >
          <div className="flex items-start gap-3 border-b border-line-soft p-4 sm:p-5">
            <div className="min-w-0 flex-1">
              <Dialog.Title className="text-lg font-bold">
                {icon}Ask the AI Tutor
              </Dialog.Title>
              <Dialog.Description className="mt-1 text-sm text-muted">Curated answers scoped to this lesson. Nothing you type leaves this page.</Dialog.Description>
            </div>
            <Dialog.Close className="inline-flex min-h-9 items-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface-2">Close</Dialog.Close>
          </div>
          <div className="p-4 pb-2 sm:px-5">
            <label htmlFor={`${ids}-filter`} className="block text-sm font-semibold">
              Filter questions
            </label>
            <input
              ref={filter}
              id={`${ids}-filter`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
              className="mt-1 min-h-10 w-full rounded-lg border border-line bg-surface px-3"
            />
            <p role="status" className="mt-1 text-xs text-muted">
              {shown.length === entries.length ? plural(entries.length, "question") : `${shown.length} of ${plural(entries.length, "question")} match`}
            </p>
          </div>
          <ul className="min-h-0 flex-1 space-y-1 overflow-y-auto px-4 pb-4 sm:px-5">
            {shown.map((entry, i) => {
              const expanded = selected === entry.question;
              const answerId = `${ids}-answer-${i}`;
              return (
                <li key={entry.question}>
                  <button
                    type="button"
                    aria-expanded={expanded}
                    aria-controls={answerId}
                    onClick={() => setSelected(expanded ? null : entry.question)}
                    className={`flex min-h-11 w-full items-center gap-2 rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2 ${expanded ? "bg-accent-soft" : ""}`}
                  >
                    <span aria-hidden="true" className="text-accent">
                      {expanded ? "▾" : "▸"}
                    </span>
                    {entry.question}
                  </button>
                  <div id={answerId} hidden={!expanded} className="mx-3 mb-2 border-l-2 border-accent py-1 pl-3">
                    <p>
                      <TutorAnswerText text={entry.answer} />
                    </p>
                    <p className="mt-1 text-sm">
                      From{" "}
                      <a
                        href={`#${entry.section}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onNavigate(entry.section);
                        }}
                        className="font-semibold text-accent underline underline-offset-2"
                      >
                        {entry.sectionTitle}
                      </a>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

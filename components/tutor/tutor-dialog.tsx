"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { Level } from "@/lib/content/levels";
import { useProgress } from "@/components/progress/progress-provider";
import { suggestedDocs, tutorDocs, type GlossaryData } from "@/lib/tutor-docs";
import { createTutorSearch, type TutorDoc } from "@/lib/tutor-search";
import { pagePassages } from "./page-passages";
import { TutorAnswerText } from "./tutor-answer-text";
import { plural } from "@/lib/plural";

/** One curated question, with the short title of the section its answer comes from. */
export interface TutorItem {
  question: string;
  answer: string;
  section: string;
  sectionTitle: string;
  level: Level;
}

export interface TutorDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  entries: TutorItem[];
  /** The glossary, searched as "What is …?". */
  glossary: GlossaryData[];
  /** The lesson's synonyms (frontmatter `tutorSynonyms`). */
  synonyms: Record<string, string[]>;
  /** The lesson's sections, to read their passages from the page and to name them. */
  sections: { id: string; short: string }[];
  /** A section link was followed: the launcher closes the dialog and moves there. */
  onNavigate(sectionId: string): void;
  /** Radix's close focus hook: the launcher returns focus to its button (or the section). */
  onCloseAutoFocus(event: Event): void;
  /** The title's icon, rendered on the server so its SVG code stays out of the client bundle. */
  icon?: ReactNode;
}

const LEVEL_NAMES: Record<Level, string> = { L1: "Essentials", L2: "Practitioner", L3: "Expert" };
const SNIPPET = 320;

function LevelTag({ level }: { level: Level | null }) {
  if (!level) return null;
  return (
    <span className="shrink-0 rounded-full border border-line-soft px-2 py-0.5 text-xs font-semibold text-muted">
      {level} · {LEVEL_NAMES[level]}
    </span>
  );
}

/** The tutor dialog: a search box over the answers, the glossary and the lesson's own passages. */
export function TutorDialog({ open, onOpenChange, entries, glossary, synonyms, sections, onNavigate, onCloseAutoFocus, icon }: TutorDialogProps) {
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Built once, when the dialog first opens (its code loads on that click, never with the page).
  const search = useMemo(
    () => createTutorSearch([...tutorDocs(entries, glossary), ...pagePassages(sections)], synonyms),
    [entries, glossary, synonyms, sections],
  );
  const level = useProgress((s) => s.level);
  const titleOf = (id: string | null) => sections.find((s) => s.id === id)?.short ?? id ?? "";
  const trimmed = query.trim();
  // A passage for L3 only is hidden at L1: the tutor answers from what the reader can see.
  const shown = (doc: TutorDoc) => !(level === "L1" && doc.kind === "passage" && doc.level === "L3");
  const hits: TutorDoc[] = trimmed ? search.search(trimmed).map((h) => h.doc).filter(shown) : suggestedDocs(entries, level);
  const nearest = trimmed && hits.length === 0 ? search.nearest(trimmed) : null;

  const sectionLink = (section: string | null) =>
    section ? (
      <a
        href={`#${section}`}
        onClick={(event) => {
          event.preventDefault();
          onNavigate(section);
        }}
        className="font-semibold text-accent underline underline-offset-2"
      >
        {titleOf(section)}
      </a>
    ) : (
      <a href="#glossary" onClick={(event) => { event.preventDefault(); onNavigate("glossary"); }} className="font-semibold text-accent underline underline-offset-2">
        Glossary
      </a>
    );

  const item = (doc: TutorDoc) => {
    if (doc.kind === "passage") {
      const text = doc.text.length > SNIPPET ? `${doc.text.slice(0, SNIPPET).replace(/\s+\S*$/, "")} …` : doc.text;
      return (
        <li key={doc.id} data-tutor-hit="passage" className="rounded-lg border border-line-soft px-3 py-2">
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>From the lesson:</span> {sectionLink(doc.section)} <LevelTag level={doc.level} />
          </p>
          <p className="mt-1">{text}</p>
        </li>
      );
    }
    const expanded = selected === doc.id;
    const answerId = `${ids}-answer-${doc.id}`;
    return (
      <li key={doc.id} data-tutor-hit={doc.kind}>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={answerId}
          onClick={() => setSelected(expanded ? null : doc.id)}
          className={`flex min-h-11 w-full items-center gap-2 rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2 ${expanded ? "bg-accent-soft" : ""}`}
        >
          <span aria-hidden="true" className="text-accent">
            {expanded ? "▾" : "▸"}
          </span>
          {doc.title}
        </button>
        <div id={answerId} hidden={!expanded} className="mx-3 mb-2 border-l-2 border-accent py-1 pl-3">
          <p className="mb-1">
            <LevelTag level={doc.level} />
          </p>
          <p>
            <TutorAnswerText text={doc.text} />
          </p>
          <p className="mt-1 text-sm">From {sectionLink(doc.section)}</p>
        </div>
      </li>
    );
  };

  let status: string;
  if (!trimmed) status = plural(entries.length, "question");
  else if (hits.length > 0) status = `${hits.length} ${hits.length === 1 ? "answer matches" : "answers match"}`;
  else status = "No answer to that in this lesson: the nearest topics follow";

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <Dialog.Content
          ref={content}
          onCloseAutoFocus={onCloseAutoFocus}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            // On a touch screen the keyboard would cover the answers: start on the dialog itself.
            if (window.matchMedia("(pointer: coarse)").matches) content.current?.focus();
            else input.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 flex h-[min(40rem,calc(100dvh-2rem))] w-[min(40rem,calc(100vw-1.5rem))] -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl border border-line-soft bg-surface text-ink shadow-xl outline-none"
        >
          <div className="flex items-start gap-3 border-b border-line-soft p-4 sm:p-5">
            <div className="min-w-0 flex-1">
              <Dialog.Title className="text-lg font-bold">
                {icon}Ask the AI Tutor
              </Dialog.Title>
              <Dialog.Description className="mt-1 text-sm text-muted">Curated answers and this lesson&apos;s own text. Nothing you type leaves this page.</Dialog.Description>
            </div>
            <Dialog.Close className="inline-flex min-h-9 items-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface-2">Close</Dialog.Close>
          </div>
          <div className="p-4 pb-2 sm:px-5">
            <label htmlFor={`${ids}-search`} className="block text-sm font-semibold">
              Ask a question
            </label>
            <input
              ref={input}
              id={`${ids}-search`}
              type="search"
              value={query}
              placeholder="e.g. Does Okta delete users?"
              onChange={(event) => {
                setQuery(event.target.value);
                setSelected(null);
              }}
              autoComplete="off"
              className="mt-1 min-h-10 w-full rounded-lg border border-line bg-surface px-3"
            />
            <p role="status" className="mt-1 text-xs text-muted">
              {status}
            </p>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-4 pb-4 sm:px-5">
            {nearest ? (
              <div data-tutor-nearest>
                <p className="text-sm">
                  This lesson has no answer to &ldquo;{trimmed}&rdquo;.
                  {(nearest.section ?? nearest.questions[0]?.section) && (
                    <> Try reading {sectionLink(nearest.section ?? nearest.questions[0]?.section ?? null)}.</>
                  )}
                </p>
                <p className="mt-3 text-sm font-semibold">Nearest topics</p>
                <ul className="mt-1 space-y-1">{(nearest.questions.length > 0 ? nearest.questions : suggestedDocs(entries, level).slice(0, 3)).map(item)}</ul>
              </div>
            ) : (
              <ul className="space-y-1">{hits.map(item)}</ul>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

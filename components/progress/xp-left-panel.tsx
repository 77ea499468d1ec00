"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { XpTodo } from "@/lib/xp";

const link = "font-semibold text-accent underline underline-offset-2";

function Todo({ todo, onGo }: { todo: XpTodo; onGo(): void }) {
  switch (todo.kind) {
    case "sections":
      return (
        <>
          Read to the end of{" "}
          {todo.sections.map((s, i) => (
            <span key={s.id}>
              {i > 0 && (i === todo.sections.length - 1 ? " and " : ", ")}
              <a href={`#${s.id}`} onClick={onGo} className={link}>
                Section {s.number}: {s.short}
              </a>
            </span>
          ))}
        </>
      );
    case "questions":
      return <>Answer {todo.count === 1 ? "1 more question" : `${todo.count} more questions`}</>;
    case "demo":
      return todo.id ? (
        <a href={`#${todo.id}`} onClick={onGo} className={link}>
          Play the demo to the end
        </a>
      ) : (
        <>Play the demo to the end</>
      );
    case "cards":
      return <>Flip {todo.count === 1 ? "1 more card" : `${todo.count} more cards`}</>;
    case "lab":
      return todo.id ? (
        <a href={`#${todo.id}`} onClick={onGo} className={link}>
          Finish {todo.count === 1 ? "1 more lab challenge" : `${todo.count} more lab challenges`}
        </a>
      ) : (
        <>Finish {todo.count === 1 ? "1 more lab challenge" : `${todo.count} more lab challenges`}</>
      );
    case "pass":
      return todo.id ? (
        <a href={`#${todo.id}`} onClick={onGo} className={link}>
          Pass the wrap-up assessment
        </a>
      ) : (
        <>Pass the assessment</>
      );
  }
}

/**
 * A small disclosure beside the XP meter: what is left to reach 100%, with links. Escape or a
 * followed link closes it; focus returns to the button on Escape.
 */
export function XpLeftPanel({ xp, todo }: { xp: number | null; todo: XpTodo[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div className="js-only relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={xp === null}
        onClick={() => setOpen(!open)}
        className="inline-flex size-7 items-center justify-center rounded-full border border-line text-sm font-bold text-accent hover:bg-accent-soft disabled:opacity-50"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">What is left for 100% XP</span>
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        hidden={!open}
        data-xp-left
        className="fixed inset-x-4 top-14 z-50 mt-1 rounded-xl sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-72 border border-line-soft bg-surface p-4 text-sm text-ink shadow-xl"
      >
        {todo.length === 0 ? (
          <p className="font-semibold">Everything done: 100% XP.</p>
        ) : (
          <>
            <p className="font-semibold">
              {xp === null ? "" : `${xp}% so far. `}To reach 100%:
            </p>
            <ul className="mt-2 list-disc space-y-1.5 pl-5">
              {todo.map((t) => (
                <li key={t.kind}>
                  <Todo todo={t} onGo={() => setOpen(false)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

"use client";

import * as Dialog from "@radix-ui/react-dialog";

const button = "inline-flex min-h-11 items-center rounded-lg px-4 font-semibold";

export interface ResetDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The learner confirmed: clear the lesson's progress. */
  onConfirm(): void;
  /** Radix's close focus hook: focus goes back to the "Reset my progress" button. */
  onCloseAutoFocus(event: Event): void;
}

/** The confirmation for "Reset my progress"; Cancel is focused first so Enter never resets by accident. */
export function ResetDialog({ open, onOpenChange, onConfirm, onCloseAutoFocus }: ResetDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <Dialog.Content
          role="alertdialog"
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl border border-line-soft bg-surface p-5 text-ink shadow-xl"
        >
          <Dialog.Title className="text-lg font-bold">Reset your progress on this lesson?</Dialog.Title>
          <Dialog.Description className="mt-2 text-muted">
            This clears your answers, attempts, completion, reading level, flipped cards and notes saved in this browser. It can&apos;t be undone.
          </Dialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            <Dialog.Close className={`${button} border border-line text-ink hover:bg-surface-2`}>Cancel</Dialog.Close>
            <button type="button" onClick={onConfirm} className={`${button} bg-danger text-on-accent`}>
              Reset progress
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

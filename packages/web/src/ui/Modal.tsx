import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalProps {
  /** The dialog's name for screen readers: the id of its heading. */
  labelledBy: string;
  className?: string;
  testId?: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex="0"]';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus never leaves for the browser's own UI. */
function wrapTab(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = all[0];
  const last = all.at(-1);
  if (first === undefined || last === undefined) return;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || at === e.currentTarget)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && at === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A modal native <dialog>: the browser makes the page behind it inert (Tab
 * stays inside), closes it on Esc, and a click on the backdrop closes it
 * too; Tab wraps around inside it. Focus moves to the first control marked `data-autofocus` (else the
 * first focusable one) and goes back to whatever opened it.
 */
export function Modal({ labelledBy, className = '', testId, onClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className={`modal ${className}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself; the content fills it.
      onClick={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={wrapTab}
    >
      {children}
    </dialog>
  );
}

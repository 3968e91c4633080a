import { useEffect, useEffectEvent } from 'react';

/** Single-key shortcuts, ignored while typing in a field (Esc leaves the field) and while a dialog is open. */
export function useKeyboardShortcuts(handlers: Record<string, () => void>): void {
  // The handlers of the latest render, without re-adding the listener each render.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const el = e.target as HTMLElement | null;
    const typing = el !== null && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
    if (typing) {
      if (e.key === 'Escape') el.blur();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // A modal dialog makes the page behind it inert: its shortcuts too (the dialog closes itself on Esc).
    if (document.querySelector('dialog[open]') !== null) return;
    const h = handlers[e.key === ' ' ? 'Space' : e.key];
    if (h) {
      e.preventDefault();
      h();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

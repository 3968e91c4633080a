import { useEffect, useRef } from 'react';

/** Single-key shortcuts, ignored while typing in a field (Esc leaves the field). */
export function useKeyboardShortcuts(handlers: Record<string, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el !== null && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
      if (typing) {
        if (e.key === 'Escape') el.blur();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const h = latest.current[e.key === ' ' ? 'Space' : e.key];
      if (h) {
        e.preventDefault();
        h();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface Popup {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The element holding the button and the popup: a pointer press outside it closes the popup. */
  rootRef: RefObject<HTMLDivElement | null>;
  menuRef: RefObject<HTMLDivElement | null>;
  /** For the popup: arrows, Home and End move between its items; Esc closes it and gives focus back to the button; Tab closes it. */
  onMenuKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

const ITEMS = '[role^=menuitem]';

/**
 * A menu button's popup (WAI-ARIA menu button pattern): closes on Esc, on
 * Tab, and on a press outside it (mouse, pen or touch); opening it focuses
 * its first item.
 */
export function usePopup(): Popup {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onMenuKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(ITEMS)];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    // Keys handled here are the menu's, not the page's shortcuts.
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'Escape') {
      handled();
      setOpen(false);
      // The menu button: the popup's sibling.
      e.currentTarget.parentElement?.querySelector<HTMLElement>('[aria-haspopup]')?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    } else if (e.key === 'ArrowDown') {
      handled();
      focus(at + 1);
    } else if (e.key === 'ArrowUp') {
      handled();
      focus(at - 1);
    } else if (e.key === 'Home') {
      handled();
      focus(0);
    } else if (e.key === 'End') {
      handled();
      focus(items.length - 1);
    } else if (e.key.length === 1) {
      // Letters are the menu's (typing does nothing yet), never a page shortcut.
      e.stopPropagation();
    }
  };

  return { open, setOpen, rootRef, menuRef, onMenuKeyDown };
}

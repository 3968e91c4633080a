import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following changes (a phone turned sideways, a window resized). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Phones: the layout where the table leads with the key and the chosen metric. Keep in step with styles.css. */
export const PHONE = '(max-width: 600px)';

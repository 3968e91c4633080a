import { useEffect, useLayoutEffect, useState } from 'react';

/** Applies the theme: the OS preference unless the user chose one. */
export function useTheme(choice: 'auto' | 'light' | 'dark'): 'light' | 'dark' {
  const [osDark, setOsDark] = useState(() => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const on = (e: MediaQueryListEvent) => setOsDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const theme = choice === 'auto' ? (osDark ? 'dark' : 'light') : choice;
  // A layout effect runs before every passive effect, so charts built in
  // their own effects read the new theme's CSS colours, not the old ones.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

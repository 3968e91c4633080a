import { useEffect, useState } from 'react';

/** The time, refreshed once a second: "3 s ago" cells keep counting while paused or idle. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

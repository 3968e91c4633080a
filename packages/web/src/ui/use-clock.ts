import { useEffect, useEffectEvent, useState } from 'react';
import { Timeline } from '../core/timeline.js';
import type { Row } from '@latency-dash/protocol/live';

export interface Clock {
  timeline: Timeline;
  /** Client time, once a second: "x s ago" and the update highlight. */
  nowMs: number;
  /** The timeline's sample count: what the charts and cards redraw on. */
  tick: number;
}

/**
 * One clock for "x s ago", highlights and the timeline: once a second it
 * moves `nowMs` and, unless paused or cut off from the server, samples the shown rows into the timeline
 * and bumps `tick`.
 */
export function useClock(shown: readonly Row[], paused: boolean, receiving = true): Clock {
  const [timeline] = useState(() => new Timeline());
  const [nowMs, setNowMs] = useState(Date.now);
  const [tick, setTick] = useState(0);
  // The rows and pause state of the latest render, read when the second comes.
  const onSecond = useEffectEvent(() => {
    const now = Date.now();
    setNowMs(now);
    // Not receiving (an outage): no samples, so the charts show a gap there, not the last figures repeated.
    if (paused || !receiving) return;
    timeline.sample(shown, now);
    setTick(timeline.samples);
  });
  useEffect(() => {
    const t = setInterval(() => onSecond(), 1000);
    return () => clearInterval(t);
  }, []);
  return { timeline, nowMs, tick };
}

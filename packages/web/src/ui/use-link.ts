import { useEffect, useState } from 'react';
import { takeApiKey } from '../core/api-key.js';
import { frameSchedule } from '../core/frame-schedule.js';
import { Connection, SeriesStore } from '@latency-dash/protocol/live';

export interface Link {
  store: SeriesStore;
  connection: Connection;
  apiKey: string | undefined;
}

function createLink(): Link {
  const key = takeApiKey();
  const q = new URLSearchParams(window.location.search);
  const origin = window.location.origin;
  const wsUrls = (q.get('ws') ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  const store = new SeriesStore(frameSchedule);
  const connection = new Connection(store, {
    httpBase: '',
    // ?ws= points the dashboard at another WebSocket endpoint (and lets tests
    // make the WebSocket fail to exercise the polling fallback); several,
    // comma-separated, are the nodes of a cluster, tried in turn when one drops.
    wsUrl: wsUrls[0] ?? `${origin.replace(/^http/, 'ws')}/ws`,
    moreWsUrls: wsUrls.slice(1),
    transport: q.get('transport') === 'poll' ? 'poll' : 'auto',
    apiKey: key,
    createWorker: () => new Worker(new URL('../core/decode-worker.ts', import.meta.url), { type: 'module' }),
  });
  return { store, connection, apiKey: key };
}

/** The page's store and connection to the server, made once and connected while mounted. */
export function useLink(): Link {
  const [link] = useState(createLink);
  const { connection } = link;
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  return link;
}

import { useEffect, useState } from 'react';
import { Connection } from '../core/connection.js';
import { SeriesStore } from '../core/series-store.js';

export interface Link {
  store: SeriesStore;
  connection: Connection;
  apiKey: string | undefined;
}

/** An API key given once as ?apiKey= is kept in this browser and taken out of the URL, so shared links never carry it. */
function apiKey(): string | undefined {
  const q = new URLSearchParams(window.location.search);
  const given = q.get('apiKey');
  if (given) {
    localStorage.setItem('latency-dash.apiKey', given);
    q.delete('apiKey');
    const s = q.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${s ? `?${s}` : ''}`);
  }
  return localStorage.getItem('latency-dash.apiKey') ?? undefined;
}

function createLink(): Link {
  const key = apiKey();
  const q = new URLSearchParams(window.location.search);
  const origin = window.location.origin;
  const store = new SeriesStore();
  const connection = new Connection(store, {
    httpBase: '',
    // ?ws= points the dashboard at another WebSocket endpoint (and lets tests
    // make the WebSocket fail to exercise the polling fallback).
    wsUrl: q.get('ws') ?? `${origin.replace(/^http/, 'ws')}/ws`,
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

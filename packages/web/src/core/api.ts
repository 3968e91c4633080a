import type { HistoryResult } from '@latency-dash/protocol';

export type { HistoryPoint, HistoryResult } from '@latency-dash/protocol';

/** Small typed helpers for the HTTP API, with the API key when there is one. */
export interface ApiOptions {
  apiKey?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit & ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.apiKey) headers['x-api-key'] = init.apiKey;
  const res = await fetch(path, { ...init, headers });
  const text = await res.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

export function fetchHistory(
  target: string,
  split: boolean,
  fromMs: number,
  toMs: number,
  stepS: number | 'all' | undefined,
  apiKey?: string,
): Promise<HistoryResult> {
  const q = new URLSearchParams({ target, split: String(split), from: String(Math.round(fromMs)), to: String(Math.round(toMs)) });
  if (stepS !== undefined) q.set('step', String(stepS));
  return api<HistoryResult>(`/api/v1/history?${q}`, { apiKey });
}

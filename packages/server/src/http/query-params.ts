import { LdError } from '../errors.js';
import { metadataJson } from '../history/history-store.js';

/** A time as Unix ms or ISO 8601; undefined when absent. */
export function parseTime(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new LdError('LD_ERR_BAD_REQUEST', `${name} must be given once`);
  if (/^\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new LdError('LD_ERR_BAD_REQUEST', `${name} must be Unix milliseconds or an ISO 8601 time, not "${value.slice(0, 40)}"`);
  return ms;
}

export function parseBool(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new LdError('LD_ERR_BAD_REQUEST', `${name} must be true or false`);
}

export function parsePositiveInt(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1) throw new LdError('LD_ERR_BAD_REQUEST', `${name} must be a whole number above 0`);
  return Number(value);
}

/** Metadata as `k=v,k=v` or a JSON object; returns canonical JSON. */
export function parseMetadata(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new LdError('LD_ERR_BAD_REQUEST', 'metadata must be given once');
  let entries: Record<string, string>;
  if (value.trim().startsWith('{')) {
    try {
      entries = JSON.parse(value) as Record<string, string>;
    } catch {
      throw new LdError('LD_ERR_BAD_REQUEST', 'metadata is not valid JSON');
    }
  } else {
    entries = {};
    for (const pair of value.split(',')) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new LdError('LD_ERR_BAD_REQUEST', `metadata must be k=v pairs separated by commas, not "${pair.slice(0, 40)}"`);
      entries[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return metadataJson(entries);
}

export function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new LdError('LD_ERR_BAD_REQUEST', `${name} is required`);
  return value;
}

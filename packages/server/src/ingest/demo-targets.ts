/** One demo target: its keys, and the ranges its events are drawn from. */
export interface DemoTarget {
  targetId: string;
  keys: string[];
  minIntervalMs: number;
  maxIntervalMs: number;
  minPayloadBytes: number;
  maxPayloadBytes: number;
}

/** SPEC F1.1 defaults. */
export const DEFAULT_DEMO_TARGETS: DemoTarget[] = [
  { targetId: 'prod-us-east', keys: ['api', 'auth', 'db', 'cache'], minIntervalMs: 100, maxIntervalMs: 2000, minPayloadBytes: 100, maxPayloadBytes: 5000 },
  { targetId: 'prod-eu-west', keys: ['api', 'auth', 'db', 'cache'], minIntervalMs: 150, maxIntervalMs: 3000, minPayloadBytes: 200, maxPayloadBytes: 8000 },
  { targetId: 'staging', keys: ['api', 'auth', 'db'], minIntervalMs: 200, maxIntervalMs: 5000, minPayloadBytes: 100, maxPayloadBytes: 3000 },
];

/** How metadata shapes the demo traffic, so split and combined views differ visibly. */
export const TIER_INTERVAL_FACTOR: Readonly<Record<string, number>> = { free: 1.5, premium: 1.0, enterprise: 0.7 };
export const REGION_INTERVAL_FACTOR: Readonly<Record<string, number>> = { 'us-east': 1.0, 'us-west': 1.2, 'eu-west': 1.4 };
export const TIER_PAYLOAD_FACTOR: Readonly<Record<string, number>> = { free: 1, premium: 1, enterprise: 2 };

/** Checks a demo target from a config file; returns a reason or undefined. */
export function demoTargetProblem(t: Partial<DemoTarget>): string | undefined {
  if (typeof t.targetId !== 'string' || t.targetId === '') return 'targetId must be a non-empty string';
  if (!Array.isArray(t.keys) || t.keys.length === 0 || !t.keys.every((k) => typeof k === 'string' && k !== '')) {
    return `${t.targetId}: keys must be a non-empty list of names`;
  }
  for (const f of ['minIntervalMs', 'maxIntervalMs', 'minPayloadBytes', 'maxPayloadBytes'] as const) {
    const v = t[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `${t.targetId}: ${f} must be a non-negative number`;
  }
  if (t.minIntervalMs! <= 0) return `${t.targetId}: minIntervalMs must be above 0`;
  if (t.minIntervalMs! > t.maxIntervalMs!) return `${t.targetId}: minIntervalMs is above maxIntervalMs`;
  if (t.minPayloadBytes! > t.maxPayloadBytes!) return `${t.targetId}: minPayloadBytes is above maxPayloadBytes`;
  return undefined;
}

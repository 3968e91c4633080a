/**
 * Per-event ingest validation: checkJsonEvent (what POST /api/v1/events
 * runs, event by event, so one bad event is reported by index and the rest
 * are kept: the fast check of the usual event, ingest/fast-check.ts, else
 * ajv's compiled Event schema, then the conversion to an engine event), and
 * checkJsonEventBySchema (the schema path alone), against the bare compiled
 * schema as the baseline, on the same 1000-event JSON batches.
 * (The hand-written field checks this replaced took ~780 ns an event on
 * this machine, 4.8–4.9× the bare schema.)
 * Run: node --conditions=source --import tsx bench/validate.ts [--quick]
 */
import { Ajv } from 'ajv';
import { checkJsonEvent, checkJsonEventBySchema } from '../packages/server/src/ingest/validate.js';
import { EventSchema } from '../packages/server/src/ingest/event-schema.js';
import { fmt, median, summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 7;
const BATCHES = quick ? 200 : 500;
const TIERS = ['free', 'premium', 'enterprise'];

const batch = Array.from({ length: 1000 }, (_, i) => ({
  targetId: `prod-${i % 4}`,
  key: `svc-${i % 10}`,
  metadata: { tier: TIERS[i % 3], region: 'eu-west' },
  valueMs: 5 + (i % 97),
  payloadSize: 512,
  serverTimestamp: String(1_795_000_000_000_000_000 + i),
}));
// Parsed from text like a request body, so neither side sees shared hidden classes of literals.
const events = JSON.parse(JSON.stringify(batch)) as unknown[];

const ajv = new Ajv({ allErrors: false, coerceTypes: false, strict: false, unicodeRegExp: false });
const validateEvent = ajv.compile(JSON.parse(JSON.stringify(EventSchema)) as object);

function time(run: () => number): number {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let b = 0; b < BATCHES; b++) sink += run();
  const ns = Number(process.hrtime.bigint() - t0);
  if (sink !== BATCHES * events.length) throw new Error(`validators disagree: ${sink} valid`);
  return ns / (BATCHES * events.length);
}

const hand = () => {
  let ok = 0;
  for (const e of events) if (checkJsonEvent(e, 1_795_000_000_000).ok) ok++;
  return ok;
};
const bySchema = () => {
  let ok = 0;
  for (const e of events) if (checkJsonEventBySchema(e, 1_795_000_000_000).ok) ok++;
  return ok;
};
const schema = () => {
  let ok = 0;
  for (const e of events) if (validateEvent(e)) ok++;
  return ok;
};

time(hand);
time(bySchema);
time(schema);
const handNs: number[] = [];
const bySchemaNs: number[] = [];
const ajvNs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  handNs.push(time(hand));
  bySchemaNs.push(time(bySchema));
  ajvNs.push(time(schema));
}
const h = median(handNs);
const g = median(bySchemaNs);
const a = median(ajvNs);
console.log(`checkJsonEvent (fast check, as ingest runs it): ${fmt(h)} ns/event`);
console.log(`checkJsonEventBySchema (schema, conversion):    ${fmt(g)} ns/event (${(g / a).toFixed(2)}× the bare schema)`);
console.log(`bare compiled Event schema (baseline):          ${fmt(a)} ns/event`);
console.log(`ratio: ${(h / a).toFixed(2)}× the bare schema (median of ${ROUNDS} alternating rounds of ${BATCHES} × 1000 events)`);
summarize({
  bench: 'validate',
  figure: 'per-event ingest check (ns/event)',
  value: `${fmt(h)} ns`,
  ratio: `${(h / a).toFixed(2)}× the bare schema (${fmt(a)} ns)`,
});

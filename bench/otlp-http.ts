/**
 * OTLP/HTTP traces in: spans per second through POST /v1/traces in
 * requests of 1000 spans (protobuf, OTLP/JSON), against the real server in
 * a child process, from a few concurrent keep-alive clients in this
 * process. Baseline in the same run, same clients, same server: the same
 * 1000 latencies as one JSON batch of events on POST /api/v1/events, so the
 * ratio is what decoding OTLP (a span carries ids, times, a kind and
 * attributes where an event carries a number) costs over the native route.
 * Also the server's own CPU (from /proc): spans per server-core-second.
 * Run: node --conditions=source --import tsx bench/otlp-http.ts [--quick]
 */
import { Agent, request } from 'node:http';
import { otlpTypes } from '../packages/server/src/otlp/otlp-codec.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { CpuMeter, rssMb } from './lib/proc.js';
import { fmt, quantile, sleep, summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 6;
const CLIENTS = Number(process.env.INGEST_CLIENTS ?? 4);
const SPANS = 1000;

// What an instrumented HTTP service sends: a server span per request with the usual attributes.
const routes = ['/api/cart', '/api/cart/:id', '/api/orders', '/api/orders/:id', '/api/login'];
const durationsMs = Array.from({ length: SPANS }, (_, i) => 1 + ((i * 7919) % 50_000) / 100);
const T0 = 1e15; // below 2^53 ns: exact in the number-based encoder used here
const spans = durationsMs.map((ms, i) => ({
  traceId: Buffer.alloc(16, i + 1),
  spanId: Buffer.alloc(8, i + 1),
  name: `GET ${routes[i % routes.length]}`,
  kind: 2,
  startTimeUnixNano: T0 + i * 1e6,
  endTimeUnixNano: T0 + i * 1e6 + Math.round(ms * 1e6),
  attributes: [
    { key: 'http.request.method', value: { stringValue: 'GET' } },
    { key: 'http.response.status_code', value: { intValue: i % 20 === 0 ? 500 : 200 } },
    { key: 'http.route', value: { stringValue: routes[i % routes.length] } },
    { key: 'url.path', value: { stringValue: `${routes[i % routes.length].replace(':id', String(i))}` } },
    { key: 'server.address', value: { stringValue: 'shop.example.com' } },
  ],
  status: {},
}));
const resource = {
  attributes: [
    { key: 'service.name', value: { stringValue: 'shop' } },
    { key: 'telemetry.sdk.language', value: { stringValue: 'nodejs' } },
  ],
};
const requestObject = { resourceSpans: [{ resource, scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http' }, spans }] }] };
const protoBody = Buffer.from(otlpTypes.request.encode(otlpTypes.request.fromObject(requestObject)).finish());
const jsonBody = Buffer.from(
  JSON.stringify({
    resourceSpans: [
      {
        resource,
        scopeSpans: [
          {
            scope: { name: '@opentelemetry/instrumentation-http' },
            spans: spans.map((s) => ({
              ...s,
              traceId: s.traceId.toString('hex'),
              spanId: s.spanId.toString('hex'),
              startTimeUnixNano: String(s.startTimeUnixNano),
              endTimeUnixNano: String(s.endTimeUnixNano),
            })),
          },
        ],
      },
    ],
  }),
);
const eventsBody = Buffer.from(
  JSON.stringify({
    events: durationsMs.map((ms, i) => ({
      targetId: 'shop',
      key: `GET ${routes[i % routes.length]}`,
      metadata: { 'http.request.method': 'GET', 'http.response.status_code': i % 20 === 0 ? '500' : '200' },
      valueMs: ms,
    })),
  }),
);

interface Phase {
  name: string;
  path: string;
  contentType: string;
  body: Buffer;
}
interface PhaseResult {
  name: string;
  reqPerS: number;
  itemsPerS: number;
  serverCores: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function runPhase(server: ServerProcess, phase: Phase): Promise<PhaseResult> {
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  let measuring = false;
  let running = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: phase.path,
          headers: { 'content-type': phase.contentType, 'content-length': phase.body.length },
        },
        (res) => {
          const ok = res.statusCode === 200;
          res.on('data', () => {});
          res.on('end', () => {
            if (measuring) {
              if (ok) {
                done++;
                latencies.push(performance.now() - t0);
              } else errors++;
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        if (measuring) errors++;
        resolve();
      });
      req.end(phase.body);
    });
  const loops = Array.from({ length: CLIENTS }, async () => {
    while (running) await one();
  });
  await sleep(quick ? 500 : 1000);
  measuring = true;
  const cpu = new CpuMeter(server.pid);
  const t0 = performance.now();
  await sleep(SECONDS * 1000);
  measuring = false;
  const wallS = (performance.now() - t0) / 1000;
  const serverCores = cpu.read().cores;
  running = false;
  await Promise.all(loops);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    name: phase.name,
    reqPerS: done / wallS,
    itemsPerS: (done * SPANS) / wallS,
    serverCores,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    errors,
  };
}

const phases: Phase[] = [
  { name: `events JSON (baseline)`, path: '/api/v1/events', contentType: 'application/json', body: eventsBody },
  { name: `OTLP protobuf`, path: '/v1/traces', contentType: 'application/x-protobuf', body: protoBody },
  { name: `OTLP/JSON`, path: '/v1/traces', contentType: 'application/json', body: jsonBody },
];
console.log(
  `OTLP/HTTP bench${quick ? ' (quick)' : ''}: ${CLIENTS} keep-alive clients, server in a child process (history off), ${SECONDS} s per phase; ` +
    `${SPANS} spans (or events) a request: ${fmt(protoBody.length / 1024, 1)} KiB protobuf, ${fmt(jsonBody.length / 1024, 1)} KiB OTLP/JSON, ${fmt(eventsBody.length / 1024, 1)} KiB events JSON`,
);
const server = await spawnServer(['--no-demo', '--history', 'off', '--rate-limit-per-minute', '100000000']);
const results: PhaseResult[] = [];
try {
  for (const phase of phases) {
    const r = await runPhase(server, phase);
    results.push(r);
    console.log(
      `  ${r.name.padEnd(24)} ${fmt(r.itemsPerS).padStart(9)} /s (${fmt(r.itemsPerS / r.serverCores).padStart(9)} per server core)  ` +
        `latency p50 ${fmt(r.p50Ms, 1)} ms p99 ${fmt(r.p99Ms, 1)} ms  server ${fmt(r.serverCores * 100)}% of a core${r.errors ? `  ${r.errors} errors` : ''}`,
    );
  }
  console.log(`  server RSS ${fmt(rssMb(server.pid))} MB`);
} finally {
  await server.stop();
}
const [events, proto, json] = results;
const perCore = (r: PhaseResult) => r.itemsPerS / r.serverCores;
summarize({
  bench: 'otlp-http',
  figure: 'OTLP/HTTP protobuf, spans/s',
  value: fmt(proto.itemsPerS),
  ratio: `${fmt(perCore(proto) / perCore(events), 2)}× the events route's items per server core (JSON ${fmt(perCore(json) / perCore(events), 2)}×)`,
});

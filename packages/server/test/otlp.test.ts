import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { credentials, makeGenericClientConstructor, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { diag, DiagLogLevel, SpanKind } from '@opentelemetry/api';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { attributeText, decodeProtobufRequest, MalformedOtlpError, otlpTypes, type OtlpTraceRequest } from '../src/otlp/otlp-codec.js';
import { otlpGrpcPort, parseTargetTemplate, spanMappingFrom } from '../src/otlp/otlp-settings.js';
import { spansToEvents } from '../src/otlp/spans-to-events.js';
import { startServer, type Running } from './helpers.js';
import { expectedStats } from './independent-stats.js';
import { prng } from './prng.js';

// ---- what the dashboard shows, read over the API ----

interface Update {
  key: string;
  metadata?: Record<string, string>;
  minLatency: number;
  maxLatency: number;
  avgLatency: number;
  p50Latency: number;
  p90Latency: number;
  p95Latency: number;
  p99Latency: number;
  count: string;
  sampleCount: number;
}

async function series(s: Running, target: string, split = false): Promise<Update[]> {
  const res = await fetch(`${s.url}/api/v1/targets/${encodeURIComponent(target)}/series${split ? '?split=true' : ''}`);
  assert.equal(res.status, 200, `target ${target} exists`);
  return ((await res.json()) as { updates: Update[] }).updates;
}

function assertExact(u: Update, samples: number[], what: string): void {
  const e = expectedStats(samples, 1000);
  assert.equal(u.sampleCount, e.n, `${what}: samples`);
  assert.equal(Number(u.count), samples.length, `${what}: count`);
  assert.equal(u.minLatency, e.min, `${what}: min`);
  assert.equal(u.maxLatency, e.max, `${what}: max`);
  assert.equal(u.p50Latency, e.p50, `${what}: p50`);
  assert.equal(u.p90Latency, e.p90, `${what}: p90`);
  assert.equal(u.p95Latency, e.p95, `${what}: p95`);
  assert.equal(u.p99Latency, e.p99, `${what}: p99`);
  assert.ok(Math.abs(u.avgLatency - e.avg) < 1e-9, `${what}: avg ${u.avgLatency} vs ${e.avg}`);
}

async function metric(s: Running, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  const m = new RegExp(`^${name}\\{${labels}\\} (\\d+)$`, 'm').exec(text);
  assert.ok(m, `${name}{${labels}} is in /metrics`);
  return Number(m[1]);
}

// ---- spans made by the real OpenTelemetry SDK, with known times ----

const NS_PER_S = 1_000_000_000n;
/** Span times well inside today, in whole ns. */
const T0 = BigInt(Math.floor(Date.now() / 1000) - 60) * NS_PER_S;
const hr = (ns: bigint): [number, number] => [Number(ns / NS_PER_S), Number(ns % NS_PER_S)];

interface SpanSpec {
  name: string;
  kind: SpanKind;
  durationNs: bigint;
  attributes?: Record<string, string | number | boolean>;
}

/** Sends the spans through one exporter of the real SDK and waits until it has exported them all. */
async function sendSpans(exporter: SpanExporter, resource: Record<string, string>, spans: SpanSpec[], batch = true): Promise<void> {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(resource),
    spanProcessors: [batch ? new BatchSpanProcessor(exporter, { maxExportBatchSize: 512, maxQueueSize: 4096 }) : new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('latency-dash-test');
  spans.forEach((spec, i) => {
    const start = T0 + BigInt(i) * 1_000_000n;
    const span = tracer.startSpan(spec.name, { kind: spec.kind, startTime: hr(start), attributes: spec.attributes });
    span.end(hr(start + spec.durationNs));
  });
  await provider.forceFlush();
  await provider.shutdown();
}

/** The OpenTelemetry diagnostics (where exporters report a partial success and failures), while `fn` runs. */
async function withDiagnostics<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const log = (...args: unknown[]) => lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  diag.setLogger({ error: log, warn: log, info: () => {}, debug: () => {}, verbose: () => {} }, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
  try {
    return { result: await fn(), lines };
  } finally {
    diag.disable();
  }
}

/** 1..n ms in a seeded order. */
function shuffledMs(n: number, seed: number): number[] {
  const values = Array.from({ length: n }, (_, i) => i + 1);
  const rand = prng(seed);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}

const msNs = (ms: number) => BigInt(ms) * 1_000_000n;
const GZIP = 'gzip' as NonNullable<NonNullable<ConstructorParameters<typeof ProtoExporter>[0]>['compression']>;

// ---- the mapping, as a pure function ----

const request = (
  resource: Record<string, string>,
  spans: { name: string; kind: number; startNs: bigint; endNs: bigint; attributes?: Record<string, string | number> }[],
): OtlpTraceRequest => {
  const kv = (o: Record<string, string | number>) =>
    Object.entries(o).map(([key, v]) => ({ key, value: typeof v === 'number' ? { intValue: v } : { stringValue: v } }));
  return { resourceSpans: [{ resource: kv(resource), spans: spans.map((s) => ({ ...s, attributes: kv(s.attributes ?? {}) })) }], spanCount: spans.length };
};

test('spans to events: target from the resource or a template, key = span name, exact ns durations, metadata, kinds', async () => {
  const mapping = spanMappingFrom({
    otlpTargetFrom: '{service.name}-{deployment.environment}',
    otlpMetadata: ['http.request.method', 'http.response.status_code', 'region'],
    otlpSpanKinds: ['server', 'consumer'],
  });
  const start = 1_776_000_000_123_456_789n; // past 2^53: a double would round it
  const mapped = await spansToEvents(
    request({ 'service.name': 'checkout', 'deployment.environment': 'prod', region: 'eu' }, [
      {
        name: 'GET /cart',
        kind: 2,
        startNs: start,
        endNs: start + 12_345_678n,
        attributes: { 'http.request.method': 'GET', 'http.response.status_code': 200, region: 'us' },
      },
      { name: 'SELECT', kind: 3, startNs: start, endNs: start + 1n },
      { name: 'consume', kind: 5, startNs: start, endNs: start + 1n },
      { name: 'internal', kind: 1, startNs: start, endNs: start + 1n },
      { name: 'backwards', kind: 2, startNs: start, endNs: start - 1n },
      { name: 'timeless', kind: 2, startNs: 0n, endNs: start },
    ]),
    mapping,
  );
  assert.equal(mapped.skipped, 2, 'client and internal spans are skipped');
  assert.deepEqual(mapped.events[0], {
    targetId: 'checkout-prod',
    key: 'GET /cart',
    // The span's attribute wins over the resource's.
    metadata: { 'http.request.method': 'GET', 'http.response.status_code': '200', region: 'us' },
    valueMs: 12.345678,
    serverTimestamp: Number(start + 12_345_678n),
    payloadSize: 0,
  });
  assert.deepEqual(mapped.events[1], {
    targetId: 'checkout-prod',
    key: 'consume',
    metadata: { region: 'eu' },
    valueMs: 0.000001,
    serverTimestamp: Number(start + 1n),
    payloadSize: 0,
  });
  assert.deepEqual(
    mapped.refused.map((r) => r.reason),
    ['span "backwards" ends before it starts', 'span "timeless" has no start or end time'],
  );

  const missing = await spansToEvents(request({ 'service.name': 'a' }, [{ name: 'x', kind: 2, startNs: 1n, endNs: 2n }]), mapping);
  assert.match(missing.refused[0].reason, /has the attribute deployment\.environment/);
  // Names the resource lacks may come from the span.
  const fromSpan = await spansToEvents(
    request({ 'service.name': 'a' }, [{ name: 'x', kind: 2, startNs: 1n, endNs: 2n, attributes: { 'deployment.environment': 'dev' } }]),
    mapping,
  );
  assert.equal(fromSpan.events[0].targetId, 'a-dev');

  const capped = await spansToEvents(
    request(
      { 'service.name': 'a', 'deployment.environment': 'p' },
      [0, 1, 2].map((i) => ({ name: `s${i}`, kind: 2, startNs: 1n, endNs: 2n })),
    ),
    { ...mapping, maxEvents: 2 },
  );
  assert.equal(capped.events.length, 2);
  assert.deepEqual(
    capped.refused.map((r) => r.code),
    ['batch_limit'],
  );
});

test('protobuf decoding walks every resource and scope, skips unknown fields, and refuses every truncation with a reason', async () => {
  const span = (name: string, kind: number) => ({
    name,
    kind,
    startTimeUnixNano: 1e15,
    endTimeUnixNano: 1e15 + 2e6,
    attributes: [{ key: 'k', value: { boolValue: true } }],
  });
  const body = Buffer.from(
    otlpTypes.request
      .encode(
        otlpTypes.request.fromObject({
          resourceSpans: [
            {
              resource: { attributes: [{ key: 'service.name', value: { stringValue: 'a' } }] },
              scopeSpans: [{ scope: { name: 's1' }, spans: [span('one', 2)] }, { spans: [span('two', 5), span('three', 3)] }],
            },
            { scopeSpans: [{ spans: [span('four', 2)] }], schemaUrl: 'https://opentelemetry.io/schemas/1.0.0' },
          ],
        }),
      )
      .finish(),
  );
  // A field this server does not know (number 99, a string) at the top: skipped, as protobuf requires.
  const withUnknown = Buffer.concat([body, Buffer.from([0x9a, 0x06, 0x03, 0x61, 0x62, 0x63])]);
  const decoded = await decodeProtobufRequest(withUnknown);
  assert.equal(decoded.spanCount, 4);
  assert.deepEqual(
    decoded.resourceSpans.map((rs) => [
      attributeText(rs.resource, 'service.name'),
      rs.spans.map((sp) => [sp.name, sp.kind, Number(sp.endNs - sp.startNs), attributeText(sp.attributes, 'k')]),
    ]),
    [
      [
        'a',
        [
          ['one', 2, 2e6, 'true'],
          ['two', 5, 2e6, 'true'],
          ['three', 3, 2e6, 'true'],
        ],
      ],
      [undefined, [['four', 2, 2e6, 'true']]],
    ],
  );
  for (let cut = 1; cut < body.length; cut++) {
    await decodeProtobufRequest(body.subarray(0, cut)).then(
      () => undefined,
      (err: Error) => assert.ok(err instanceof MalformedOtlpError, `a body cut at ${cut} bytes: ${err.message}`),
    );
  }
});

test('settings: target templates, the gRPC port and span kinds are checked', async () => {
  assert.deepEqual(parseTargetTemplate('service.name'), [{ attribute: 'service.name' }]);
  assert.deepEqual(parseTargetTemplate('{service.name}/{k8s.namespace.name}'), [
    { attribute: 'service.name' },
    { text: '/' },
    { attribute: 'k8s.namespace.name' },
  ]);
  for (const bad of ['{}', '{a', 'a}', 'no-attribute-{', 'text {a} }']) assert.equal(typeof parseTargetTemplate(bad), 'string', bad);
  assert.equal(otlpGrpcPort('off'), undefined);
  assert.equal(otlpGrpcPort('on'), 4317);
  assert.equal(otlpGrpcPort('0'), 0);
  await assert.rejects(startServer({ otlpGrpcPort: 'yes' }), /otlp-grpc-port/);
  await assert.rejects(startServer({ otlpSpanKinds: ['server', 'sever' as never] }), /otlpSpanKinds/);
  await assert.rejects(startServer({ otlpTargetFrom: '{service.name' }), /unmatched brace/);
});

// ---- the real exporters against a real server ----

test('OTLP/HTTP protobuf, configured by OTEL_EXPORTER_OTLP_ENDPOINT alone: exact percentiles, kinds, metadata', async () => {
  const s = await startServer();
  const saved = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  try {
    // What the README tells a user to set: the exporter finds /v1/traces itself.
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = s.url;
    const exporter = new ProtoExporter();
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const durations = shuffledMs(100, 7);
    const spans: SpanSpec[] = [
      ...durations.map((ms, i) => ({
        name: 'GET /cart',
        kind: SpanKind.SERVER,
        durationNs: msNs(ms),
        attributes: { 'http.request.method': 'GET', 'http.response.status_code': i % 10 === 0 ? 500 : 200, 'url.path': `/cart/${i}` },
      })),
      // Not server or consumer: skipped by default.
      ...durations.slice(0, 20).map((ms) => ({ name: 'SELECT cart', kind: SpanKind.CLIENT, durationNs: msNs(ms) })),
      { name: 'render', kind: SpanKind.INTERNAL, durationNs: msNs(3) },
      { name: 'cart.updated', kind: SpanKind.CONSUMER, durationNs: msNs(40), attributes: { 'messaging.system': 'kafka' } },
    ];
    await sendSpans(exporter, { 'service.name': 'checkout', 'deployment.environment': 'prod' }, spans);

    const combined = await series(s, 'checkout');
    assert.deepEqual(combined.map((u) => u.key).sort(), ['GET /cart', 'cart.updated']);
    assertExact(
      combined.find((u) => u.key === 'GET /cart')!,
      durations,
      'GET /cart',
    );
    assertExact(
      combined.find((u) => u.key === 'cart.updated')!,
      [40],
      'cart.updated',
    );

    // Metadata: the default attributes where present (url.path is not one).
    const split = (await series(s, 'checkout', true)).filter((u) => u.key === 'GET /cart');
    const byStatus = (code: string) => split.find((u) => u.metadata?.['http.response.status_code'] === code)!;
    assert.deepEqual(byStatus('500').metadata, { 'http.request.method': 'GET', 'http.response.status_code': '500' });
    assertExact(
      byStatus('500'),
      durations.filter((_, i) => i % 10 === 0),
      'status 500',
    );
    assertExact(
      byStatus('200'),
      durations.filter((_, i) => i % 10 !== 0),
      'status 200',
    );
    assert.deepEqual((await series(s, 'checkout', true)).find((u) => u.key === 'cart.updated')!.metadata ?? {}, {});

    assert.equal(await metric(s, 'latency_dash_otlp_spans_total', 'outcome="accepted"'), 101);
    assert.equal(await metric(s, 'latency_dash_otlp_spans_total', 'outcome="skipped_kind"'), 21);
    const health = (await (await fetch(`${s.url}/health`)).json()) as { otlp: { http: boolean; grpcPort: number | null; spansAccepted: number } };
    assert.deepEqual(health.otlp, { http: true, grpcPort: null, spansAccepted: 101, spansRefused: 0 });
  } finally {
    if (saved === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = saved;
    await s.close();
  }
});

test('OTLP/HTTP JSON, gzip: sub-millisecond durations arrive exact; a target template and chosen kinds', async () => {
  const s = await startServer({ otlpTargetFrom: '{service.name}@{deployment.environment}', otlpSpanKinds: ['client'], otlpMetadata: ['db.system'] });
  try {
    const rand = prng(11);
    // Durations in whole ns, up to 5 ms: 1.234567 ms is not a whole number of ms, nor of µs.
    const durationsNs = Array.from({ length: 300 }, () => BigInt(1 + Math.floor(rand() * 5_000_000)));
    const exporter = new JsonExporter({ url: `${s.url}/v1/traces`, compression: GZIP });
    await sendSpans(
      exporter,
      { 'service.name': 'orders', 'deployment.environment': 'staging' },
      durationsNs.map((d) => ({ name: 'SELECT orders', kind: SpanKind.CLIENT, durationNs: d, attributes: { 'db.system': 'postgresql' } })),
    );
    const [u] = await series(s, 'orders@staging');
    assert.equal(u.key, 'SELECT orders');
    assertExact(
      u,
      durationsNs.map((d) => Number(d) / 1e6),
      'json spans',
    );
    const [split] = await series(s, 'orders@staging', true);
    assert.deepEqual(split.metadata, { 'db.system': 'postgresql' });
    assert.equal(await metric(s, 'latency_dash_otlp_requests_total', 'transport="http",result="ok"'), 1);
  } finally {
    await s.close();
  }
});

test('OTLP/gRPC: the gRPC exporter with gzip and an API key in metadata; exact percentiles', async () => {
  const s = await startServer({ otlpGrpcPort: '0', writeKeys: ['w-key'] });
  try {
    const port = s.server.app.otlp.grpc!.port!;
    assert.ok(port > 0);
    const metadata = new Metadata();
    metadata.set('authorization', 'Bearer w-key');
    const durations = shuffledMs(250, 3);
    const exporter = new GrpcExporter({ url: `http://127.0.0.1:${port}`, metadata, compression: GZIP });
    const { lines } = await withDiagnostics(() =>
      sendSpans(
        exporter,
        { 'service.name': 'payments' },
        durations.map((ms) => ({ name: 'Charge', kind: SpanKind.SERVER, durationNs: msNs(ms), attributes: { 'rpc.grpc.status_code': 0 } })),
      ),
    );
    assert.deepEqual(lines, [], 'the exporter reported no problem');
    const [u] = await series(s, 'payments');
    assertExact(u, durations, 'grpc spans');
    const [split] = await series(s, 'payments', true);
    assert.deepEqual(split.metadata, { 'rpc.grpc.status_code': '0' });
    assert.equal(await metric(s, 'latency_dash_otlp_requests_total', 'transport="grpc",result="ok"'), 1);
    const health = (await (await fetch(`${s.url}/health`, { headers: { authorization: 'Bearer w-key' } })).json()) as { otlp: { grpcPort: number } };
    assert.equal(health.otlp.grpcPort, port);
  } finally {
    await s.close();
  }
});

/** A plain gRPC client of TraceService/Export: raw bytes in, status and bytes out. */
function rawGrpcExport(port: number, body: Buffer, key?: string): Promise<{ error?: ServiceError; response?: Buffer }> {
  const pass = (b: Buffer) => b;
  const Client = makeGenericClientConstructor(
    {
      Export: {
        path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
        requestStream: false,
        responseStream: false,
        requestSerialize: pass,
        requestDeserialize: pass,
        responseSerialize: pass,
        responseDeserialize: pass,
      },
    },
    'TraceService',
  );
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  const metadata = new Metadata();
  if (key) metadata.set('authorization', `Bearer ${key}`);
  return new Promise((resolve) => {
    (client as unknown as { Export: (b: Buffer, m: Metadata, cb: (e: ServiceError | null, r?: Buffer) => void) => void }).Export(
      body,
      metadata,
      (error, response) => {
        client.close();
        resolve(error ? { error } : { response });
      },
    );
  });
}

const encodeRequest = (spans: { name: string; kind: number; ms: number }[], service = 'svc') =>
  Buffer.from(
    otlpTypes.request
      .encode(
        otlpTypes.request.fromObject({
          resourceSpans: [
            {
              resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
              // Below 2^53 ns (1970), so protobufjs's number-based encoding here is exact.
              scopeSpans: [{ spans: spans.map((sp) => ({ name: sp.name, kind: sp.kind, startTimeUnixNano: 1e15, endTimeUnixNano: 1e15 + sp.ms * 1e6 })) }],
            },
          ],
        }),
      )
      .finish(),
  );

test('partial success: spans over a limit are refused and counted, the others kept (HTTP protobuf, JSON and gRPC)', async () => {
  // Each key makes a combined and a split series: 4 series = 2 keys.
  const s = await startServer({ maxSeriesPerTarget: 4, otlpGrpcPort: '0' });
  try {
    const spans = ['a', 'b', 'c', 'd', 'a', 'e'].map((name) => ({ name, kind: SpanKind.SERVER, durationNs: msNs(5) }));
    const { lines } = await withDiagnostics(() => sendSpans(new ProtoExporter({ url: `${s.url}/v1/traces` }), { 'service.name': 'tiny' }, spans));
    const warning = lines.find((l) => l.includes('Partial Success'));
    assert.ok(warning, `the exporter reported a partial success: ${lines.join(' | ')}`);
    assert.match(warning, /"rejectedSpans":"?3"?/);
    assert.match(warning, /3 of 6 spans refused: 3 × LD_ERR_SERIES_LIMIT/);
    assert.deepEqual((await series(s, 'tiny')).map((u) => [u.key, Number(u.count)]).sort(), [
      ['a', 2],
      ['b', 1],
    ]);

    // The same over gRPC, through the real exporter.
    const grpc = await withDiagnostics(() =>
      sendSpans(new GrpcExporter({ url: `http://127.0.0.1:${s.server.app.otlp.grpc!.port}` }), { 'service.name': 'tiny' }, spans.slice(2, 4)),
    );
    assert.ok(
      grpc.lines.some((l) => /Partial Success/.test(l) && /"rejectedSpans":"?2"?/.test(l)),
      grpc.lines.join(' | '),
    );

    // OTLP/JSON answers in JSON, int64 as a string.
    const body = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'tiny' } }] },
          scopeSpans: [
            {
              spans: [
                { name: 'z', kind: 2, startTimeUnixNano: '1000000000000000000', endTimeUnixNano: '1000000000005000000' },
                { name: 'a', kind: 2, startTimeUnixNano: '1000000000000000000', endTimeUnixNano: '1000000000001000000' },
              ],
            },
          ],
        },
      ],
    };
    const res = await fetch(`${s.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const answer = (await res.json()) as { partialSuccess: { rejectedSpans: string; errorMessage: string } };
    assert.equal(answer.partialSuccess.rejectedSpans, '1');
    assert.match(answer.partialSuccess.errorMessage, /^1 of 2 spans refused: 1 × LD_ERR_SERIES_LIMIT \(.*"z"/);

    // A full success has no partialSuccess at all.
    const ok = await fetch(`${s.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resourceSpans: [] }),
    });
    assert.deepEqual(await ok.json(), {});
    assert.equal(await metric(s, 'latency_dash_otlp_spans_total', 'outcome="series_limit"'), 6);
    assert.equal(await metric(s, 'latency_dash_otlp_requests_total', 'transport="grpc",result="partial"'), 1);
  } finally {
    await s.close();
  }
});

test('a request over 10,000 spans: the first 10,000 are applied (decoded in slices), the rest refused as batch_limit', async () => {
  const s = await startServer();
  try {
    const spans = Array.from({ length: 10_050 }, (_, i) => ({ name: `op${i % 10}`, kind: 2, ms: 1 + (i % 100) }));
    const res = await fetch(`${s.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: encodeRequest(spans, 'big') });
    assert.equal(res.status, 200);
    const answer = otlpTypes.response.decode(Buffer.from(await res.arrayBuffer())).toJSON() as {
      partialSuccess: { rejectedSpans: string | number; errorMessage: string };
    };
    assert.equal(Number(answer.partialSuccess.rejectedSpans), 50);
    assert.match(answer.partialSuccess.errorMessage, /^50 of 10050 spans refused: 50 × LD_ERR_BATCH_TOO_LARGE \(a request yields at most 10000 events/);
    const total = (await series(s, 'big')).reduce((n, u) => n + Number(u.count), 0);
    assert.equal(total, 10_000);
    assert.equal(await metric(s, 'latency_dash_otlp_spans_total', 'outcome="batch_limit"'), 50);
  } finally {
    await s.close();
  }
});

test('bad requests: undecodable bodies 400 with a google.rpc.Status, gzip bombs 413, wrong types 415, gRPC INVALID_ARGUMENT', async () => {
  const s = await startServer({ otlpGrpcPort: '0' });
  try {
    const post = (body: Buffer | string, headers: Record<string, string>) => fetch(`${s.url}/v1/traces`, { method: 'POST', headers, body });

    const badProto = await post(Buffer.from([0x0a, 0xff, 0x01]), { 'content-type': 'application/x-protobuf' });
    assert.equal(badProto.status, 400);
    assert.equal(badProto.headers.get('content-type'), 'application/x-protobuf');
    const st = otlpTypes.status.decode(Buffer.from(await badProto.arrayBuffer())) as unknown as { code: number; message: string };
    assert.equal(st.code, 3);
    assert.match(st.message, /^LD_ERR_MALFORMED: the body is not a protobuf ExportTraceServiceRequest/);

    const badJson = await post('{"resourceSpans": [{"scopeSpans": [{"spans": [{"name": "x", "startTimeUnixNano": "soon"}]}]}]}', {
      'content-type': 'application/json',
    });
    assert.equal(badJson.status, 400);
    assert.deepEqual(await badJson.json(), {
      code: 3,
      message: 'LD_ERR_MALFORMED: resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano must be Unix nanoseconds as a decimal string',
    });
    assert.equal((await post('not json', { 'content-type': 'application/json' })).status, 400);
    assert.equal((await post(Buffer.from('not gzip'), { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' })).status, 400);

    // 16 MiB of zeros is 16 KiB gzipped: refused when inflating passes the body limit, not after.
    const bomb = await post(gzipSync(Buffer.alloc(16 * 1024 * 1024)), { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' });
    assert.equal(bomb.status, 413);
    assert.match(
      otlpTypes.status.decode(Buffer.from(await bomb.arrayBuffer())).toJSON().message as string,
      /^LD_ERR_BODY_TOO_LARGE: the gzip body inflates past/,
    );

    const br = await post(Buffer.from('x'), { 'content-type': 'application/x-protobuf', 'content-encoding': 'br' });
    assert.equal(br.status, 415);
    const text = await post('x', { 'content-type': 'text/plain' });
    assert.equal(text.status, 415);
    assert.match(((await text.json()) as { message: string }).message, /^LD_ERR_UNSUPPORTED_MEDIA_TYPE/);

    // A good gzip protobuf body goes through.
    const good = await post(gzipSync(encodeRequest([{ name: 'zipped', kind: 2, ms: 7 }])), {
      'content-type': 'application/x-protobuf',
      'content-encoding': 'gzip',
    });
    assert.equal(good.status, 200);
    assert.equal((await good.arrayBuffer()).byteLength, 0, 'a full success is an empty ExportTraceServiceResponse');
    assert.equal((await series(s, 'svc'))[0].maxLatency, 7);

    const port = s.server.app.otlp.grpc!.port!;
    const bad = await rawGrpcExport(port, Buffer.from([0x0a, 0xff, 0x01]));
    assert.equal(bad.error?.code, status.INVALID_ARGUMENT);
    assert.match(bad.error!.details, /^LD_ERR_MALFORMED/);
    assert.equal(await metric(s, 'latency_dash_otlp_requests_total', 'transport="http",result="LD_ERR_MALFORMED"'), 4);
  } finally {
    await s.close();
  }
});

test('API keys: /v1/traces and the gRPC listener need a write key when the server has keys', async () => {
  const s = await startServer({ otlpGrpcPort: '0', writeKeys: ['w-key'], readKeys: ['r-key'] });
  const saved = process.env.OTEL_EXPORTER_OTLP_HEADERS;
  try {
    const body = encodeRequest([{ name: 'keyed', kind: 2, ms: 3 }], 'secure');
    const post = (headers: Record<string, string>) =>
      fetch(`${s.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', ...headers }, body });
    const none = await post({});
    assert.equal(none.status, 401);
    const st = otlpTypes.status.decode(Buffer.from(await none.arrayBuffer())).toJSON() as { code: number; message: string };
    assert.equal(st.code, 16);
    assert.match(st.message, /^LD_ERR_UNAUTHORIZED/);
    assert.equal((await post({ authorization: 'Bearer nope' })).status, 401);
    assert.equal((await post({ authorization: 'Bearer r-key' })).status, 403);
    assert.equal((await post({ 'x-api-key': 'w-key' })).status, 200);

    // The exporter's own way: OTEL_EXPORTER_OTLP_HEADERS.
    process.env.OTEL_EXPORTER_OTLP_HEADERS = 'Authorization=Bearer w-key';
    const exporter = new ProtoExporter({ url: `${s.url}/v1/traces` });
    delete process.env.OTEL_EXPORTER_OTLP_HEADERS;
    const { lines } = await withDiagnostics(() =>
      sendSpans(exporter, { 'service.name': 'secure' }, [{ name: 'keyed', kind: SpanKind.SERVER, durationNs: msNs(4) }], false),
    );
    assert.deepEqual(lines, []);
    assert.equal(
      Number(
        ((await (await fetch(`${s.url}/api/v1/targets/secure/series`, { headers: { authorization: 'Bearer r-key' } })).json()) as { updates: Update[] })
          .updates[0].count,
      ),
      2,
    );

    const port = s.server.app.otlp.grpc!.port!;
    assert.equal((await rawGrpcExport(port, body)).error?.code, status.UNAUTHENTICATED);
    assert.equal((await rawGrpcExport(port, body, 'nope')).error?.code, status.UNAUTHENTICATED);
    assert.equal((await rawGrpcExport(port, body, 'r-key')).error?.code, status.PERMISSION_DENIED);
    const ok = await rawGrpcExport(port, body, 'w-key');
    assert.equal(ok.error, undefined);
    assert.equal(ok.response!.length, 0);
  } finally {
    if (saved === undefined) delete process.env.OTEL_EXPORTER_OTLP_HEADERS;
    else process.env.OTEL_EXPORTER_OTLP_HEADERS = saved;
    await s.close();
  }
});

test('more exports at once than --otlp-max-concurrent: the extra one is refused to retry later; --no-otlp removes the route', async () => {
  const s = await startServer({ otlpMaxConcurrent: 1 });
  try {
    const receiver = s.server.app.otlp.receiver;
    const body = encodeRequest([{ name: 'x', kind: 2, ms: 1 }]);
    // The first export holds its place until its ingest resolves; the second comes while it does.
    const first = receiver.export(body, 'protobuf', 'http');
    await assert.rejects(receiver.export(body, 'protobuf', 'http'), (err: Error & { code?: string; statusCode?: number }) => {
      assert.equal(err.code, 'LD_ERR_OTLP_BUSY');
      assert.equal(err.statusCode, 503);
      return true;
    });
    assert.equal(await first, undefined);
    assert.equal(receiver.stats.inFlight, 0);
  } finally {
    await s.close();
  }
  const off = await startServer({ otlp: false });
  try {
    const res = await fetch(`${off.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(res.status, 404);
  } finally {
    await off.close();
  }
});

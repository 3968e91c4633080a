import type { latency } from '@latency-dash/protocol';
import { attributeText, type OtlpKeyValue, type OtlpTraceRequest } from './otlp-codec.js';
import { Slicer } from '../slices.js';
import type { TargetTemplate } from './otlp-settings.js';

export interface SpanMapping {
  target: TargetTemplate;
  /** Attribute names copied into metadata (span first, then resource), where present. */
  metadata: readonly string[];
  /** Span kinds that become events; the others are skipped. */
  kinds: ReadonlySet<number>;
  /** Most events one request may yield; the spans past it are refused. */
  maxEvents: number;
}

/** Why a span was not turned into an event. */
export type SpanRefusalCode = 'invalid' | 'batch_limit';

export interface SpanRefusal {
  code: SpanRefusalCode;
  reason: string;
}

export interface MappedSpans {
  events: latency.Event.$Properties[];
  /** Spans of kinds not asked for: not events, and not refused either. */
  skipped: number;
  refused: SpanRefusal[];
}

/**
 * The template's text for a resource (and, for names the resource lacks,
 * a span), or the name of the first attribute found in neither.
 */
function fillTemplate(
  template: TargetTemplate,
  resource: readonly OtlpKeyValue[],
  span: readonly OtlpKeyValue[] | undefined,
): { target: string } | { missing: string } {
  let target = '';
  for (const part of template) {
    if ('text' in part) {
      target += part.text;
      continue;
    }
    const value = attributeText(resource, part.attribute) ?? (span && attributeText(span, part.attribute));
    if (value === undefined) return { missing: part.attribute };
    target += value;
  }
  return { target };
}

/**
 * Spans to events (the mapping of issue 10): target from the resource
 * (`--otlp-target-from`), key = span name, valueMs = end − start computed
 * in integer nanoseconds, metadata from the listed attributes, timestamp =
 * the span's end. Only the asked-for span kinds are mapped. A span that
 * cannot be an event (no time, ends before it starts, no target attribute)
 * is refused with a reason; limits and field lengths are checked later by
 * ingest like any event's. Runs in slices (`slicer`), like the decoding
 * before it and the ingest after it.
 */
export async function spansToEvents(request: OtlpTraceRequest, mapping: SpanMapping, slicer: Slicer = new Slicer()): Promise<MappedSpans> {
  const events: latency.Event.$Properties[] = [];
  const refused: SpanRefusal[] = [];
  let skipped = 0;
  let seen = 0;
  for (const rs of request.resourceSpans) {
    // Most requests name their target once per resource: look it up once.
    const resourceTarget = fillTemplate(mapping.target, rs.resource, undefined);
    for (const span of rs.spans) {
      if ((++seen & 63) === 0 && slicer.due()) await slicer.yield();
      if (!mapping.kinds.has(span.kind)) {
        skipped++;
        continue;
      }
      if (events.length >= mapping.maxEvents) {
        refused.push({
          code: 'batch_limit',
          reason: `a request yields at most ${mapping.maxEvents} events; send smaller batches (OTEL_BSP_MAX_EXPORT_BATCH_SIZE)`,
        });
        continue;
      }
      const problem = spanProblem(span.startNs, span.endNs);
      if (problem) {
        refused.push({ code: 'invalid', reason: `span "${clip(span.name)}" ${problem}` });
        continue;
      }
      const filled = 'target' in resourceTarget ? resourceTarget : fillTemplate(mapping.target, rs.resource, span.attributes);
      if ('missing' in filled) {
        refused.push({
          code: 'invalid',
          reason: `neither the resource nor span "${clip(span.name)}" has the attribute ${filled.missing} (--otlp-target-from)`,
        });
        continue;
      }
      const metadata: Record<string, string> = {};
      for (const name of mapping.metadata) {
        const value = attributeText(span.attributes, name) ?? attributeText(rs.resource, name);
        if (value !== undefined) metadata[name] = value;
      }
      events.push({
        targetId: filled.target,
        key: span.name,
        metadata,
        // Exact for any span shorter than 104 days (2^53 ns).
        valueMs: Number(span.endNs - span.startNs) / 1e6,
        serverTimestamp: Number(span.endNs),
        payloadSize: 0,
      });
    }
  }
  return { events, skipped, refused };
}

function spanProblem(startNs: bigint, endNs: bigint): string | undefined {
  if (startNs === 0n || endNs === 0n) return 'has no start or end time';
  if (endNs < startNs) return 'ends before it starts';
  return undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

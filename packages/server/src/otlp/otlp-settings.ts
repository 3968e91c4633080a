import { LIMITS, MAX_BATCH_EVENTS } from '@latency-dash/protocol';

/**
 * The OTLP settings' checks and their meaning, apart from the mapping so
 * that reading options (and --help) never loads the protocol files.
 */

/** SpanKind names as settings spell them, by their number in trace.proto. */
export const SPAN_KINDS = { unspecified: 0, internal: 1, server: 2, client: 3, producer: 4, consumer: 5 } as const;
export type SpanKindName = keyof typeof SPAN_KINDS;

/** A target template: literal text and attribute names, in order. `service.name` alone is one attribute part. */
export type TargetTemplate = readonly ({ text: string } | { attribute: string })[];

/**
 * Parses `--otlp-target-from`: an attribute name (`service.name`), or a
 * template with attribute names in braces (`{service.name}-{deployment.environment}`).
 * Returns the reason when it is not one.
 */
export function parseTargetTemplate(spec: string): TargetTemplate | string {
  if (!spec.includes('{') && !spec.includes('}')) return spec.trim() === '' ? 'names no attribute' : [{ attribute: spec.trim() }];
  const parts: ({ text: string } | { attribute: string })[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(spec); m !== null; m = re.exec(spec)) {
    const text = spec.slice(last, m.index);
    if (/[{}]/.test(text)) return `has an unmatched brace near "${text}"`;
    if (text) parts.push({ text });
    const name = m[1].trim();
    if (name === '') return 'has an empty {}';
    parts.push({ attribute: name });
    last = re.lastIndex;
  }
  const rest = spec.slice(last);
  if (/[{}]/.test(rest)) return `has an unmatched brace near "${rest}"`;
  if (rest) parts.push({ text: rest });
  if (!parts.some((p) => 'attribute' in p)) return 'names no attribute';
  return parts;
}

/** The attribute names a template reads. */
export function templateAttributes(template: TargetTemplate): string[] {
  return template.flatMap((p) => ('attribute' in p ? [p.attribute] : []));
}

/** The port --otlp-grpc-port asks for: undefined when off; "on" is OTLP's own 4317. */
export function otlpGrpcPort(setting: string): number | undefined {
  const t = setting.trim().toLowerCase();
  if (t === 'off') return undefined;
  if (t === 'on') return 4317;
  return Number(t);
}

/** Why `setting` is not an --otlp-grpc-port value, or undefined when it is one. */
export function otlpGrpcPortProblem(setting: string): string | undefined {
  const t = setting.trim().toLowerCase();
  if (t === 'off' || t === 'on' || (/^\d{1,5}$/.test(t) && Number(t) <= 65535)) return undefined;
  return `otlpGrpcPort (--otlp-grpc-port, OTLP_GRPC_PORT) must be off, on (port 4317) or a port 0-65535 (0: any free port), got ${JSON.stringify(setting)}`;
}

export function otlpTargetFromProblem(setting: string): string | undefined {
  const parsed = parseTargetTemplate(setting);
  return typeof parsed === 'string'
    ? `otlpTargetFrom (--otlp-target-from, OTLP_TARGET_FROM) ${parsed}: give an attribute name (service.name) or a template ({service.name}-{deployment.environment})`
    : undefined;
}

export function otlpMetadataProblem(names: string[]): string | undefined {
  if (names.length > LIMITS.metadataEntries)
    return `otlpMetadata (--otlp-metadata, OTLP_METADATA) lists ${names.length} attributes; an event carries at most ${LIMITS.metadataEntries}`;
  const long = names.find((n) => n.length > LIMITS.metadataKeyChars);
  if (long !== undefined)
    return `otlpMetadata (--otlp-metadata, OTLP_METADATA): "${long.slice(0, 40)}..." is longer than ${LIMITS.metadataKeyChars} characters, the longest metadata name`;
  return undefined;
}

/** The mapping's settings, checked, as spansToEvents takes them. */
export function spanMappingFrom(settings: { otlpTargetFrom: string; otlpMetadata: readonly string[]; otlpSpanKinds: readonly SpanKindName[] }) {
  const target = parseTargetTemplate(settings.otlpTargetFrom);
  if (typeof target === 'string') throw new RangeError(otlpTargetFromProblem(settings.otlpTargetFrom));
  return {
    target,
    metadata: [...new Set(settings.otlpMetadata)],
    kinds: new Set(settings.otlpSpanKinds.map((k) => SPAN_KINDS[k])),
    maxEvents: MAX_BATCH_EVENTS,
  };
}

import { LIMITS } from '@latency-dash/protocol';
import { Type } from 'typebox';

/**
 * One event as producers send it: the schema ingest validates every event
 * with (compiled by ajv, see validate.ts) and the one the API documents.
 * JSON producers may use the proto's snake_case names too.
 */

// Control characters would break series keys and every display.
const NO_CONTROL = '^[^\\u0000-\\u001f\\u007f]*$';
const name = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, pattern: NO_CONTROL, description });

const targetId = name(LIMITS.targetIdChars, 'Target (environment), e.g. prod-us-east');

/** A target id anywhere it is given (ingest, subscriptions): the same rules. */
export const TargetRefSchema = Type.Object({ targetId });
// A plain JSON Schema: TypeBox's Record cannot bound the names' length.
const metadata = Type.Unsafe<Record<string, string> | null>({
  type: 'object',
  maxProperties: LIMITS.metadataEntries,
  propertyNames: { type: 'string', minLength: 1, maxLength: LIMITS.metadataKeyChars, pattern: NO_CONTROL },
  additionalProperties: { type: 'string', maxLength: LIMITS.metadataValueChars, pattern: NO_CONTROL },
  nullable: true,
  description: `Labels such as tier and region: at most ${LIMITS.metadataEntries} entries, names up to ${LIMITS.metadataKeyChars} characters, values up to ${LIMITS.metadataValueChars}`,
});
const valueMs = Type.Number({
  minimum: 0,
  nullable: true,
  description: 'A measured latency in ms; without it the sample is the interval since the previous event',
});
const serverTimestamp = Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^\\d{1,20}$' }), Type.Null()], {
  description: 'Unix ns (a number or a decimal string); 0 or absent: arrival',
});
const payloadSize = Type.Integer({ minimum: 0, maximum: LIMITS.payloadBytes, nullable: true, description: 'Bytes; default: the payload length' });

export const EventSchema = Type.Object(
  {
    targetId: Type.Optional(targetId),
    target_id: Type.Optional(targetId),
    key: name(LIMITS.keyChars, 'Service or component'),
    metadata: Type.Optional(metadata),
    valueMs: Type.Optional(valueMs),
    value_ms: Type.Optional(valueMs),
    serverTimestamp: Type.Optional(serverTimestamp),
    server_timestamp: Type.Optional(serverTimestamp),
    payloadSize: Type.Optional(payloadSize),
    payload_size: Type.Optional(payloadSize),
    payload: Type.Optional(Type.String({ nullable: true, description: 'base64; only its size is used' })),
  },
  { $id: 'Event', additionalProperties: false, description: 'One event; targetId (or target_id) and key are required' },
);

/** A decoded protobuf Event: types are settled by the decoder, lengths and contents are not. */
export const ProtoEventSchema = Type.Object({
  targetId: targetId,
  key: name(LIMITS.keyChars, 'Service or component'),
  metadata,
  valueMs,
  serverTimestamp: Type.Integer({ minimum: 0 }),
  payloadSize: payloadSize,
});

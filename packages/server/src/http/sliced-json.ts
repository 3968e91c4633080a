import { mapInSlices } from '../slices.js';

/** Stands in for the array while the envelope is written, then is replaced by it. */
const MARK = '\u0000items\u0000';

/**
 * JSON text of `envelope` with `field` set to `items`, the items serialized
 * in slices: an answer holding 10,000 series is written without holding
 * other requests and viewers for its whole length (Fastify's serializer
 * would write it in one go). Send it with a JSON content type, so the
 * route's response schema is not applied again.
 */
export async function slicedJson<T>(envelope: Record<string, unknown>, field: string, items: Iterable<T>, toJson: (item: T) => unknown): Promise<string> {
  const parts = await mapInSlices(items, (item) => JSON.stringify(toJson(item)));
  return JSON.stringify({ ...envelope, [field]: MARK }).replace(JSON.stringify(MARK), `[${parts.join(',')}]`);
}

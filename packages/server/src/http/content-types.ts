/** Media types that mean "protobuf" in a Content-Type or Accept header. */
export const PROTOBUF_TYPES = ['application/x-protobuf', 'application/protobuf', 'application/vnd.google.protobuf', 'application/octet-stream'];

export function wantsProtobuf(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return PROTOBUF_TYPES.some((t) => accept.includes(t));
}

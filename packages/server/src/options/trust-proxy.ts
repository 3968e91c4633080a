import { isIP } from 'node:net';
import { compile } from '@fastify/proxy-addr';

/** What Fastify's `trustProxy` option takes: off, every hop, the addresses/CIDRs of trusted proxies, or a function of each hop. */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/** Names proxy-addr (Fastify's trustProxy) understands besides addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function addressProblem(entry: string): string | undefined {
  if (NAMED_RANGES.has(entry)) return undefined;
  const [ip, bits, extra] = entry.split('/');
  const family = isIP(ip);
  if (family === 0 || extra !== undefined) return `${JSON.stringify(entry)} is not an IP address or CIDR`;
  if (bits === undefined) return undefined;
  const max = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return `${JSON.stringify(entry)}: the prefix length must be 0-${max}`;
  return undefined;
}

/** Why `text` is not a --trust-proxy value, or undefined when it is one. */
export function trustProxyProblem(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'off' || t === 'false' || t === 'true' || /^\d+$/.test(t)) return undefined;
  for (const entry of t.split(',').map((s) => s.trim())) {
    const problem = entry === '' ? 'an empty entry in the list' : addressProblem(entry);
    if (problem) return `trustProxy (--trust-proxy, TRUST_PROXY): ${problem}; expected off, true, a hop count, or a comma list of IPs/CIDRs`;
  }
  return undefined;
}

/** A checked --trust-proxy value as Fastify's trustProxy option. */
export function trustProxyOption(text: string): TrustProxy {
  const t = text.trim().toLowerCase();
  if (t === 'off' || t === 'false') return false;
  if (t === 'true') return true;
  if (/^\d+$/.test(t)) {
    // The nearest `hops` addresses (hop 0 is the socket's peer) are proxies; Fastify's own number form trusts none.
    const hops = Number(t);
    return hops === 0 ? false : (_address, hop) => hop < hops;
  }
  return t.split(',').map((s) => s.trim());
}

/**
 * Whether a socket's peer is a trusted proxy under a checked --trust-proxy
 * value: its address is then not a client's, so per-address caps on TCP
 * connections do not apply to it (they apply per client address, taken
 * from X-Forwarded-For, on WebSockets and the API rate limit).
 */
export function peerIsProxy(text: string): (address: string) => boolean {
  const option = trustProxyOption(text);
  if (option === false) return () => false;
  if (option === true) return () => true;
  if (typeof option === 'function') return (address) => option(address, 0);
  const trust = compile(option);
  return (address) => trust(address, 0);
}

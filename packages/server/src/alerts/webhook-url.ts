import { createHash } from 'node:crypto';

/** Why a webhook URL cannot be used, or undefined when it can. */
export function webhookUrlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be a URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be http or https';
  return undefined;
}

/**
 * A webhook as logs, /health and /metrics may show it. Receivers put their
 * token in the query or in the path (Slack, Teams), so only the scheme and host are
 * shown, with a short hash of the whole URL to tell two hooks of one host apart.
 */
export function describeWebhook(url: string): string {
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host} #${hash}`;
  } catch {
    return `invalid url #${hash}`;
  }
}

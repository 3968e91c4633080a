import { createHash } from 'node:crypto';

/** Why a webhook URL cannot be used (not a URL, not http or https), or undefined when it can. */
export function webhookUrlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // Not a URL, so no telling where a token would be: only its start is shown.
    const shown = JSON.stringify(url.length > 32 ? `${url.slice(0, 32)}...` : url);
    return `${shown} is not a URL; write it in full, e.g. https://hooks.example.com/latency`;
  }
  // Webhook URLs often carry a token in the path or query: only the scheme and host are shown.
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `"${describeWebhook(url)}" must be an http or https URL`;
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

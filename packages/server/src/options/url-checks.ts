import { webhookUrlProblem } from '../alerts/webhook-url.js';

/** Why a --alert-webhooks list is not acceptable: names the bad entry, or undefined. */
export function webhookUrlsProblem(urls: readonly string[]): string | undefined {
  for (const [i, url] of urls.entries()) {
    const problem = webhookUrlProblem(url);
    if (problem) return `alertWebhooks[${i}] (--alert-webhooks, ALERT_WEBHOOKS): ${problem}`;
  }
  return undefined;
}

/** Where this browser keeps the API key it was given (never in shared URLs). */
const STORAGE_KEY = 'latency-dash.apiKey';

/**
 * The API key for this page: one given once as ?apiKey= is kept in this
 * browser and taken out of the URL, so shared links never carry it.
 */
export function takeApiKey(): string | undefined {
  const q = new URLSearchParams(window.location.search);
  const given = q.get('apiKey');
  if (given) {
    saveApiKey(given);
    q.delete('apiKey');
    const s = q.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${s ? `?${s}` : ''}`);
  }
  return localStorage.getItem(STORAGE_KEY) ?? undefined;
}

export function saveApiKey(key: string): void {
  localStorage.setItem(STORAGE_KEY, key);
}

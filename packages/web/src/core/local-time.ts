const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Unix ms as a `datetime-local` input's value (local time, to the second). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A `datetime-local` input's value as Unix ms (local time); NaN when empty or not a time. */
export function fromLocalInput(value: string): number {
  // Date parses "YYYY-MM-DDTHH:mm[:ss]" without a zone as local time.
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value) ? new Date(value).getTime() : Number.NaN;
}

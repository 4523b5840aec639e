const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (its date part), or null when there is none or it does not parse. */
export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published.slice(0, 10));
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

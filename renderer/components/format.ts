// One date format everywhere: 22 Mar 2020 (and 14:05 when a time matters).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-03-22…" → "22 Mar 2020"; "2020-03" → "Mar 2020"; anything else as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1] ?? match[2];
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const local = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${formatDate(local)}, ${time}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "22 Mar 2020 – 27 Mar 2020", one date when both are the same day, '' when neither is known. */
export function formatSpan(first: string | null | undefined, last: string | null | undefined): string {
  const from = formatDate(first);
  const to = formatDate(last);
  if (!from || !to || from === to) return from || to;
  return `${from} – ${to}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A measured figure as a share with one decimal ("87.5%"); "—" where there is no figure. */
export function figurePercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

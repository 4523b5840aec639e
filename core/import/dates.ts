const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A publication date as ISO 8601 at the precision the source gives: `YYYY-MM` for a month ("March
 * 2020"), `YYYY-MM-DD` for a day, a UTC timestamp when it gives a time. Returns null when the string is
 * not a date we can read with confidence (the original string is stored beside it either way, and the
 * import summary names it).
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;

  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (isoDay) return validDay(+isoDay[1]!, +isoDay[2]!, +isoDay[3]!);

  const isoMonth = /^(\d{4})-(\d{2})$/.exec(value);
  if (isoMonth) return validMonth(+isoMonth[1]!, +isoMonth[2]!);
  const monthYear = /^([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(value);
  if (monthYear) return validMonth(+monthYear[2]!, month(monthYear[1]!));

  const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(value);
  if (dayMonthYear) return validDay(+dayMonthYear[3]!, month(dayMonthYear[2]!), +dayMonthYear[1]!);

  const monthDayYear = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(value);
  if (monthDayYear) return validDay(+monthDayYear[3]!, month(monthDayYear[1]!), +monthDayYear[2]!);

  // European numeric dates (24.03.2020, 24/03/2020); an ambiguous 03/04/2020 is read day-first
  // only when the first number cannot be a month.
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (numeric) {
    const [a, b, year] = [+numeric[1]!, +numeric[2]!, +numeric[3]!];
    if (value.includes('.') || a > 12) return validDay(year, b, a);
    if (b > 12) return validDay(year, a, b);
    return null;
  }

  // Timestamps with a time of day: ISO 8601 and RFC 2822 ("Mon, 23 Mar 2020 10:00:00 GMT").
  if (/\d{1,2}:\d{2}/.test(value) && /\d{4}/.test(value)) {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    return new Date(value.length === 10 ? +value * 1000 : +value).toISOString();
  }
  return null;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validMonth(year: number, monthNumber: number): string | null {
  if (monthNumber < 1 || monthNumber > 12 || year < 1000) return null;
  return `${year}-${String(monthNumber).padStart(2, '0')}`;
}

function validDay(year: number, monthNumber: number, day: number): string | null {
  const date = new Date(Date.UTC(year, monthNumber - 1, day));
  if (monthNumber < 1 || date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

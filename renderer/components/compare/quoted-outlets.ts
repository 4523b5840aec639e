// Who is quoted draws a bar per outlet of its quoted words: an outlet whose articles quote no one
// has no words to share out, and its empty bar read as a chart that failed to load. Such outlets
// are named under the chart instead.

export function splitQuoted<T extends { outlet: string; quotes: number }>(
  rows: readonly T[],
): { drawn: T[]; unquoted: string[] } {
  return {
    drawn: rows.filter((row) => row.quotes > 0),
    unquoted: rows.filter((row) => row.quotes === 0).map((row) => row.outlet),
  };
}

/** The name of the articles whose outlet nobody named: counted apart, never as an outlet (CompareResult.noOutlet). */
export const NO_OUTLET = '(no outlet)';

export function outletOf(article: { outlet: string | null }): string {
  return article.outlet?.trim() || NO_OUTLET;
}

/** Rounds a share or rate for JSON: enough digits for a chart, none of float noise. */
export function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Groups items by outlet, keeping the outlets' order of first appearance. */
export function byOutlet<T>(items: readonly T[], outletOfItem: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const outlet = outletOfItem(item);
    let list = groups.get(outlet);
    if (!list) groups.set(outlet, (list = []));
    list.push(item);
  }
  return groups;
}

/**
 * Percentages of a whole to one decimal that add up to exactly 100 (largest remainder: the tenths
 * lost to rounding down go to the parts that lost most). Rounding each part on its own can add up to
 * 100.1, and a stacked bar of such parts pushes its chart's axis past 100% ("100.10000000000001%").
 * All zeros when the parts are.
 */
export function percentShares(parts: Readonly<Record<string, number>>): Record<string, number> {
  const keys = Object.keys(parts);
  const total = keys.reduce((sum, key) => sum + Math.max(0, parts[key]!), 0);
  const shares: Record<string, number> = {};
  if (total <= 0) {
    for (const key of keys) shares[key] = 0;
    return shares;
  }
  const exact = keys.map((key) => ({ key, tenths: (Math.max(0, parts[key]!) / total) * 1000 }));
  const floors = exact.map(({ key, tenths }) => ({ key, floor: Math.floor(tenths), rest: tenths % 1 }));
  let left = 1000 - floors.reduce((sum, { floor }) => sum + floor, 0);
  for (const part of [...floors].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    part.floor++;
    left--;
  }
  for (const { key, floor } of floors) shares[key] = floor / 10;
  return shares;
}

// Cohen's kappa for two coders: κ = (p_o − p_e) / (1 − p_e), with p_e from each coder's own
// marginals (Cohen, J. 1960. A coefficient of agreement for nominal scales. Educational and
// Psychological Measurement 20(1), 37–46). Units one of the two left uncoded are left out.

/** κ from a square agreement table (rows: first coder, columns: second); null when p_e is 1. */
export function kappaOf(table: ArrayLike<number>, categories: number): number | null {
  let total = 0;
  let agreeing = 0;
  const rows = new Float64Array(categories);
  const columns = new Float64Array(categories);
  for (let r = 0; r < categories; r++)
    for (let c = 0; c < categories; c++) {
      const cell = table[r * categories + c]!;
      total += cell;
      rows[r]! += cell;
      columns[c]! += cell;
      if (r === c) agreeing += cell;
    }
  if (total === 0) return null;
  let chance = 0;
  for (let i = 0; i < categories; i++) chance += (rows[i]! / total) * (columns[i]! / total);
  if (chance >= 1) return null;
  return (agreeing / total - chance) / (1 - chance);
}

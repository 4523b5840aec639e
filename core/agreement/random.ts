/**
 * A small seeded generator (mulberry32), so that bootstrap intervals repeat exactly for the same
 * data and seed: a scholar who reports an interval can reproduce it. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal variate (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random(); // in (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A binomial draw: exact by inversion while n·min(p, 1 − p) is small, else the normal
 * approximation with continuity correction, whose error there is far below what a bootstrap
 * percentile can show.
 */
export function binomial(n: number, p: number, random: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n * Math.min(p, 1 - p) < 30) {
    if (p > 0.5) return n - binomial(n, 1 - p, random);
    const ratio = p / (1 - p);
    let k = 0;
    let probability = Math.pow(1 - p, n);
    let cumulative = probability;
    const u = random();
    while (u > cumulative && k < n) {
      probability *= (ratio * (n - k)) / (k + 1);
      cumulative += probability;
      k++;
    }
    return k;
  }
  const draw = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(random));
  return Math.max(0, Math.min(n, draw));
}

/** How many of `total` draws with replacement fall on each category, given their counts. */
export function multinomial(
  counts: ArrayLike<number>,
  total: number,
  random: () => number,
  into: Float64Array,
): void {
  let left = total;
  let mass = 0;
  for (let i = 0; i < counts.length; i++) mass += counts[i]!;
  for (let i = 0; i < counts.length; i++) {
    const share = mass > 0 ? counts[i]! / mass : 0;
    const drawn = i === counts.length - 1 ? left : binomial(left, Math.min(1, share), random);
    into[i] = drawn;
    left -= drawn;
    mass -= counts[i]!;
  }
}

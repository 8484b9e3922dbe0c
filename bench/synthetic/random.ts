/**
 * Deterministic randomness for the synthetic graph: the same seed gives the same graph, on any
 * machine and Node version (no Math.random, no floating-point tricks that differ by platform).
 */

/** A 32-bit hash of a few integers (murmur3's finaliser over a running mix). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A small fast PRNG (sfc32), seeded from integers; every method draws from the same stream. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seed: number[]) {
    this.a = hash32(...seed, 1);
    this.b = hash32(...seed, 2);
    this.c = hash32(...seed, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Whole number in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * A Pareto draw, x >= 1 with P(X > x) = x^-alpha, capped: the weight that gives an entity its
   * share of relations, so that degrees follow a power law with a cut-off.
   */
  pareto(alpha: number, cap: number): number {
    return Math.min(cap, Math.pow(1 - this.float(), -1 / alpha));
  }
}

/**
 * Picks indices in proportion to their weights: a cumulative table and a binary search, so a
 * million entities cost one Float64Array.
 */
export class WeightedPicker {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly offset: number,
    weights: ArrayLike<number>,
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i];
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  /** An index (offset included) drawn in proportion to its weight. */
  pick(random: Random): number {
    const target = random.float() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.offset + low;
  }
}

import type { Random } from './random.js';

// The refunds of the period's satisfied appeals: log-normal around their
// sector's typical sum (many small refunds, a few large ones), priced to 10
// tenge or to the tiyn, scaled together so that they add up to exactly the
// total — which the report prints as «72 млн теңге».

const TIYN = 100;

/** The least and most one refund may be, in tenge (what consumer cases bring back). */
export const REFUND_BOUNDS = [2_000, 900_000] as const;

/** How widely refunds of one sector spread around its typical sum (log-normal σ). */
const SPREAD = 0.8;

/** Tiyn as the decimal string records store: `1234567n` → `'12345.67'`. */
export function tengeText(tiyn: bigint): string {
  return `${tiyn / 100n}.${String(tiyn % 100n).padStart(2, '0')}`;
}

/** A standard normal draw (Box–Muller), cut at ±2 so that no refund is absurd. */
function normal(random: Random): number {
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    if (Math.abs(z) <= 2) return z;
  }
}

const clamp = (value: number): number =>
  Math.min(REFUND_BOUNDS[1], Math.max(REFUND_BOUNDS[0], value));

/**
 * Refunds, one per typical sum (in tenge), that add up to `total` tiyn
 * exactly: each `scale · typical · e^(σz)`, the common scale found by
 * bisection; what rounding leaves over goes to the largest refund that
 * stays within the bounds.
 *
 * @throws when no scale reaches the total within the bounds.
 */
export function refundAmounts(random: Random, typical: readonly number[], total: bigint): bigint[] {
  const draws = typical.map((sum) => sum * Math.exp(SPREAD * normal(random)));
  const exact = typical.map(() => random.chance(0.15));
  const amountsAt = (scale: number): number[] => draws.map((amount) => clamp(scale * amount));
  const sumAt = (scale: number): number => amountsAt(scale).reduce((a, b) => a + b, 0);
  const wanted = Number(total) / TIYN;
  let [low, high] = [0.01, 100];
  if (sumAt(low) > wanted || sumAt(high) < wanted)
    throw new Error(`refunds cannot add up to ${wanted}`);
  for (let step = 0; step < 100; step += 1) {
    const middle = (low + high) / 2;
    if (sumAt(middle) < wanted) low = middle;
    else high = middle;
  }
  const tiyn = amountsAt((low + high) / 2).map((amount, i) =>
    exact[i] ? BigInt(Math.round(amount * TIYN)) : BigInt(Math.round(amount / 10)) * 10n * 100n,
  );
  const left = total - tiyn.reduce((a, b) => a + b, 0n);
  const [least, most] = REFUND_BOUNDS.map((bound) => BigInt(bound * TIYN)) as [bigint, bigint];
  const fits = (i: number): boolean => {
    const value = (tiyn[i] as bigint) + left;
    return value >= least && value <= most;
  };
  const largest = tiyn.reduce<number | undefined>(
    (best, value, i) =>
      fits(i) && (best === undefined || value > (tiyn[best] as bigint)) ? i : best,
    undefined,
  );
  if (largest === undefined) throw new Error(`no refund can take the ${left} tiyn rounding left`);
  tiyn[largest] = (tiyn[largest] as bigint) + left;
  return tiyn;
}

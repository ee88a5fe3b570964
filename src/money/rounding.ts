import { Decimal } from 'decimal.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * How {@link Tenge.times} rounds a product to the tiyn. Named, never implied:
 *
 * - `halfUp` (the default) — commercial rounding: to the nearest tiyn, a half
 *   away from zero (2.5 → 3, −2.5 → −3).
 * - `halfEven` — banker's rounding: a half to the even tiyn (2.5 → 2, 3.5 → 4).
 * - `halfDown` — to the nearest tiyn, a half towards zero (2.5 → 2).
 * - `down` — towards zero (truncation: 2.9 → 2, −2.9 → −2).
 * - `up` — away from zero (2.1 → 3, −2.1 → −3).
 * - `floor` — towards −∞ (−2.1 → −3).
 * - `ceil` — towards +∞ (2.1 → 3).
 * - `exact` — no rounding: a product that is not a whole tiyn is an `INVALID_AMOUNT` error.
 *
 * @example
 * ```ts
 * const mode: TengeRounding = 'halfEven';
 * Tenge.of('0.05').times('0.5', mode).toString(); // '0.02'
 * ```
 */
export type TengeRounding =
  | 'halfUp'
  | 'halfEven'
  | 'halfDown'
  | 'down'
  | 'up'
  | 'floor'
  | 'ceil'
  | 'exact';

/**
 * Every {@link TengeRounding}, for option lists and validation (frozen).
 *
 * @example
 * ```ts
 * TENGE_ROUNDINGS.includes('halfUp'); // true
 * ```
 */
export const TENGE_ROUNDINGS: readonly TengeRounding[] = /* @__PURE__ */ deepFreeze([
  'halfUp',
  'halfEven',
  'halfDown',
  'down',
  'up',
  'floor',
  'ceil',
  'exact',
] as const);

/** @internal decimal.js's constant for each mode (`exact` checks instead of rounding). */
export function decimalRounding(mode: Exclude<TengeRounding, 'exact'>): Decimal.Rounding {
  switch (mode) {
    case 'halfUp':
      return Decimal.ROUND_HALF_UP;
    case 'halfEven':
      return Decimal.ROUND_HALF_EVEN;
    case 'halfDown':
      return Decimal.ROUND_HALF_DOWN;
    case 'down':
      return Decimal.ROUND_DOWN;
    case 'up':
      return Decimal.ROUND_UP;
    case 'floor':
      return Decimal.ROUND_FLOOR;
    case 'ceil':
      return Decimal.ROUND_CEIL;
  }
}

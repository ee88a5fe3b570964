import { invalidArgumentError } from '../core/error-factories.js';
import { idsExpectations } from '../core/messages/en/expectations/ids.js';
import { received } from '../core/received.js';

// The second pass starts at 3 so that a digit moved by one place changes the sum
// differently from the first pass (Government Decree No. 565 of 11 June 2003).
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/**
 * The check digit of the first 11 digits of `digits`, which must already be
 * known to be ASCII digits. `null` when both weight passes give 10.
 *
 * @internal
 */
export function checkDigitOf(digits: string): number | null {
  let first = 0;
  let second = 0;
  for (let i = 0; i < 11; i++) {
    const digit = digits.charCodeAt(i) - 48;
    first += digit * (i + 1);
    second += digit * (SECOND_PASS_WEIGHTS[i] ?? 0);
  }
  const c = first % 11;
  if (c !== 10) return c;
  const c2 = second % 11;
  return c2 === 10 ? null : c2;
}

/**
 * The 12th digit of an IIN or a BIN whose first 11 digits are given: the sum
 * of the digits weighted 1…11, modulo 11; when that is 10, the sum weighted
 * 3, 4, …, 11, 1, 2, modulo 11. When that is 10 again, `null`: no number with
 * these 11 digits is ever issued.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` unless `first11Digits`
 * is a string of exactly 11 ASCII digits.
 * @example
 * ```ts
 * taxpayerIdCheckDigit('94014000038'); // 5 — Halyk Bank's BIN is 940140000385
 * taxpayerIdCheckDigit('90010130081'); // 1 — the first pass gives 10, the second 1
 * taxpayerIdCheckDigit('90010130080'); // null — both passes give 10
 * ```
 */
export function taxpayerIdCheckDigit(first11Digits: string): number | null {
  if (typeof first11Digits !== 'string' || !/^[0-9]{11}$/.test(first11Digits)) {
    throw invalidArgumentError(
      {
        fn: 'taxpayerIdCheckDigit',
        field: 'first11Digits',
        received: received(first11Digits),
        expected: 'first11Digits',
      },
      idsExpectations,
    );
  }
  return checkDigitOf(first11Digits);
}

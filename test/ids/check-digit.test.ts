import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkDigitOf } from '../../src/ids/check-digit.js';
import { taxpayerIdCheckDigit } from '../../src/ids/index.js';
import { checkDigitProblem } from '../../src/ids/problem.js';
import { thrownWith } from '../support/error-details.js';

const body = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 });

describe('taxpayerIdCheckDigit', () => {
  it('gives the check digits of both weight passes', () => {
    expect(taxpayerIdCheckDigit('94014000038')).toBe(5);
    expect(taxpayerIdCheckDigit('90010130001')).toBe(7);
    expect(taxpayerIdCheckDigit('90010130081')).toBe(1);
    expect(taxpayerIdCheckDigit('90010130080')).toBeNull();
    expect(taxpayerIdCheckDigit('00000000000')).toBe(0);
  });

  it.each([['9401400003851'], ['9401400003'], [''], ['9401400003a'], ['94014 00003']])(
    'refuses %j',
    (value) => {
      expect(thrownWith('INVALID_ARGUMENT', () => taxpayerIdCheckDigit(value)).details).toEqual({
        fn: 'taxpayerIdCheckDigit',
        field: 'first11Digits',
        received: value,
        expected: 'first11Digits',
      });
    },
  );

  it('refuses what is not a string', () => {
    const error = thrownWith('INVALID_ARGUMENT', () =>
      taxpayerIdCheckDigit(94014000038 as unknown as string),
    );
    expect(error.details.received).toBe(94014000038);
    expect(error.message).toBe(
      'taxpayerIdCheckDigit: invalid first11Digits 94014000038: expected a string of the first 11 digits of an IIN or a BIN',
    );
  });

  propTest.prop([body])('exactly one check digit is valid for a body, or none is', (b) => {
    const valid = [...'0123456789'].filter((d) => checkDigitProblem(`${b}${d}`) === undefined);
    const digit = taxpayerIdCheckDigit(b);
    if (digit === null) expect(valid).toEqual([]);
    else expect(valid).toEqual([String(digit)]);
  });

  propTest.prop([body])('agrees with the two passes written out from their definition', (b) => {
    const d = [...b].map(Number);
    const sum = (weights: readonly number[]) =>
      d.reduce((total, digit, i) => total + digit * (weights[i] ?? 0), 0) % 11;
    let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    expect(checkDigitOf(b)).toBe(c === 10 ? null : c);
  });

  it('about one body in 121 has no check digit, as the arithmetic predicts', () => {
    // Counting every body is too slow; sweep the last five digits of one prefix.
    let none = 0;
    for (let n = 0; n < 100_000; n++) {
      if (checkDigitOf(`900101${String(n).padStart(5, '0')}`) === null) none++;
    }
    expect(none / 100_000).toBeGreaterThan(0.006);
    expect(none / 100_000).toBeLessThan(0.011);
  });
});

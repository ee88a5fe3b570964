// Every number in test/fixtures/ids: each valid one valid, each invalid one
// invalid for the reason the fixture states.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TaxpayerIdDetails, TaxpayerIdProblem } from '../../src/core/index.js';
import {
  isValidBin,
  isValidIin,
  isValidTaxpayerId,
  parseBin,
  parseIin,
  safeParseBin,
  safeParseIin,
  safeParseTaxpayerId,
  taxpayerIdCheckDigit,
} from '../../src/ids/index.js';

interface Vectors {
  readonly validBinsNamed: readonly { readonly bin: string; readonly organisation: string }[];
  readonly validBinsNeedingSecondWeightPass: readonly string[];
  readonly validIinsSyntheticFirstPass: readonly string[];
  readonly validIinsSyntheticSecondPass: readonly string[];
  readonly invalid: readonly { readonly id: string; readonly why: string }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/ids/vectors.json', import.meta.url), 'utf8'),
) as Vectors;
const { bins } = JSON.parse(
  readFileSync(new URL('../fixtures/ids/valid-bins.json', import.meta.url), 'utf8'),
) as { bins: readonly string[] };

function firstPass(id: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(id[i]) * (i + 1);
  return sum % 11;
}

describe('valid numbers from the fixtures', () => {
  it('accepts every named real BIN', () => {
    expect(vectors.validBinsNamed).toHaveLength(16);
    for (const { bin, organisation } of vectors.validBinsNamed) {
      expect(isValidBin(bin), `${bin} ${organisation}`).toBe(true);
      expect(parseBin(bin).value).toBe(bin);
      expect(isValidTaxpayerId(bin)).toBe(true);
      expect(isValidIin(bin)).toBe(false);
    }
  });

  it('accepts the BINs whose check digit comes from the second weight pass', () => {
    expect(vectors.validBinsNeedingSecondWeightPass).toHaveLength(11);
    for (const bin of vectors.validBinsNeedingSecondWeightPass) {
      expect(firstPass(bin), bin).toBe(10);
      expect(taxpayerIdCheckDigit(bin.slice(0, 11))).toBe(Number(bin[11]));
      expect(isValidBin(bin), bin).toBe(true);
    }
  });

  it('accepts all 135 published BINs of valid-bins.json', () => {
    expect(bins).toHaveLength(135);
    const rejected = bins.filter((bin) => !isValidBin(bin));
    expect(rejected).toEqual([]);
    for (const bin of bins) {
      const parsed = safeParseTaxpayerId(bin);
      expect(parsed.ok && parsed.value.kind).toBe('bin');
    }
  });

  it('accepts the synthetic IINs of both passes, with the date and sex they encode', () => {
    expect(vectors.validIinsSyntheticFirstPass).toHaveLength(10);
    expect(vectors.validIinsSyntheticSecondPass).toHaveLength(5);
    for (const iin of vectors.validIinsSyntheticFirstPass) {
      expect(firstPass(iin), iin).not.toBe(10);
      expect(isValidIin(iin), iin).toBe(true);
    }
    for (const iin of vectors.validIinsSyntheticSecondPass) {
      expect(firstPass(iin), iin).toBe(10);
      expect(isValidIin(iin), iin).toBe(true);
    }
    const read = [...vectors.validIinsSyntheticFirstPass, ...vectors.validIinsSyntheticSecondPass]
      .map((iin) => parseIin(iin))
      .map(({ birthDate, sex }) => `${birthDate} ${sex}`);
    expect(read).toEqual([
      '1990-01-01 male',
      '1985-12-31 female',
      '2000-02-29 male',
      '1999-11-15 female',
      '2020-03-15 female',
      '2005-07-07 male',
      '1977-04-20 male',
      '2001-10-01 female',
      '2012-06-06 male',
      '1969-12-12 male',
      '1990-01-01 male',
      '1985-12-31 female',
      '2000-02-29 male',
      '1999-11-15 female',
      '2020-03-15 female',
    ]);
  });
});

// How each stated reason shows in the error: the code (when the number goes
// through the parser the reason names) and details.part.
interface Expected {
  readonly parse: (value: unknown) => { ok: boolean; error?: unknown };
  readonly code: string;
  readonly part?: string;
  readonly problem?: TaxpayerIdProblem;
  readonly expectedCheckDigit?: number | null;
  readonly reason?: RegExp;
  readonly checksumOk?: boolean;
}

function expectedFor(id: string, why: string): Expected {
  const expectedDigit = /\(expected (\d)\)/.exec(why)?.[1];
  if (/^IIN: checksum OK but (30 February|29 Feb|month 13)/.test(why))
    return {
      parse: safeParseIin,
      code: 'INVALID_IIN',
      part: 'birthDate',
      problem: 'birthDate',
      checksumOk: true,
    };
  if (/^IIN: checksum OK but 7th digit/.test(why))
    return {
      parse: safeParseIin,
      code: 'INVALID_IIN',
      part: 'centuryAndSex',
      problem: 'centuryAndSex',
      checksumOk: true,
    };
  if (/^BIN: checksum OK but month/.test(why))
    return {
      parse: safeParseBin,
      code: 'INVALID_BIN',
      part: 'registeredIn',
      problem: 'registeredIn',
      checksumOk: true,
    };
  if (/^BIN: checksum OK but 5th digit/.test(why))
    return {
      parse: safeParseBin,
      code: 'INVALID_BIN',
      part: 'entityType',
      problem: 'entityType',
      checksumOk: true,
    };
  if (/^BIN: checksum OK but 6th digit/.test(why))
    return {
      parse: safeParseBin,
      code: 'INVALID_BIN',
      part: 'unit',
      problem: 'unit',
      checksumOk: true,
    };
  if (/wrong check digit/.test(why)) {
    const parse = /^IIN/.test(why) ? safeParseIin : safeParseTaxpayerId;
    const code = /^IIN/.test(why)
      ? 'INVALID_IIN'
      : Number(id[4]) <= 3
        ? 'INVALID_IIN'
        : 'INVALID_BIN';
    return {
      parse,
      code,
      part: 'checkDigit',
      problem: 'checkDigit',
      ...(expectedDigit === undefined ? {} : { expectedCheckDigit: Number(expectedDigit) }),
      reason:
        expectedDigit === undefined ? /digits 1–11 give \d$/ : new RegExp(`give ${expectedDigit}$`),
    };
  }
  if (/no valid check digit/.test(why))
    return {
      parse: safeParseTaxpayerId,
      code: 'INVALID_IIN',
      part: 'checkDigit',
      problem: 'noCheckDigit',
      expectedCheckDigit: null,
      reason: /no check digit exists/,
    };
  if (why === 'non-digit')
    return {
      parse: safeParseTaxpayerId,
      code: 'INVALID_TAXPAYER_ID',
      problem: 'character',
      reason: /the character "X" at position 12/,
    };
  if (why === 'length')
    return {
      parse: safeParseTaxpayerId,
      code: 'INVALID_TAXPAYER_ID',
      problem: 'length',
      reason: /: 5 digits: expected exactly 12$/,
    };
  throw new Error(`no expectation for the fixture reason ${JSON.stringify(why)}`);
}

// "900101300800..900101300809" stands for ten numbers.
function expand(id: string): string[] {
  const range = /^(\d+)\.\.(\d+)$/.exec(id);
  if (range === null) return [id];
  const [from, to] = [Number(range[1]), Number(range[2])];
  return Array.from({ length: to - from + 1 }, (_, i) =>
    String(from + i).padStart(range[1]?.length ?? 12, '0'),
  );
}

describe('invalid numbers from the fixture, each for its stated reason', () => {
  it('covers every entry', () => {
    expect(vectors.invalid).toHaveLength(17);
    expect(vectors.invalid.flatMap(({ id }) => expand(id))).toHaveLength(26);
  });

  for (const { id, why } of vectors.invalid) {
    it(`${id}: ${why}`, () => {
      const expected = expectedFor(id, why);
      for (const value of expand(id)) {
        expect(isValidIin(value)).toBe(false);
        expect(isValidBin(value)).toBe(false);
        expect(isValidTaxpayerId(value)).toBe(false);
        if (expected.checksumOk) {
          expect(
            taxpayerIdCheckDigit(value.slice(0, 11)),
            'the fixture says the checksum is right',
          ).toBe(Number(value[11]));
        }
        const result = expected.parse(value);
        expect(result.ok).toBe(false);
        const error = result.error as { code: string; details: TaxpayerIdDetails; message: string };
        expect(error.code).toBe(expected.code);
        expect(error.details.part).toBe(expected.part);
        expect(error.details.received).toBe(value);
        if (expected.problem) expect(error.details.problem).toBe(expected.problem);
        if (expected.expectedCheckDigit !== undefined)
          expect(error.details.expectedCheckDigit).toBe(expected.expectedCheckDigit);
        if (expected.reason) expect(error.message).toMatch(expected.reason);
      }
    });
  }

  it('a body whose both passes give 10 has no check digit at all', () => {
    expect(taxpayerIdCheckDigit('90010130080')).toBeNull();
    expect(taxpayerIdCheckDigit('82121424009')).toBeNull();
    const result = safeParseIin('900101300805');
    expect(!result.ok && result.error.code === 'INVALID_IIN' && result.error.details).toEqual({
      received: '900101300805',
      problem: 'noCheckDigit',
      part: 'checkDigit',
      digit: 5,
      expectedCheckDigit: null,
    });
  });
});

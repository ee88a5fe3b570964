import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TaxpayerIdDetails } from '../../src/core/index.js';
import {
  binRegistrationYear,
  isValidBin,
  parseBin,
  safeParseBin,
  taxpayerIdCheckDigit,
} from '../../src/ids/index.js';
import { thrownWith } from '../support/error-details.js';
import { refusal, withCheckDigit } from '../support/ids.js';

type Problem = Omit<TaxpayerIdDetails, 'received'>;

describe('parseBin', () => {
  it('reads the registration month, entity type and unit', () => {
    expect(parseBin('940140000385')).toEqual({
      kind: 'bin',
      value: '940140000385',
      registeredIn: '1994-01',
      entityType: 'resident',
      unit: 'headOffice',
    });
    expect(parseBin('971240001315')).toMatchObject({ registeredIn: '1997-12' });
    expect(parseBin('020240000555')).toMatchObject({ registeredIn: '2002-02' });
    expect(parseBin('180840002049')).toMatchObject({ registeredIn: '2018-08' });
    expect(parseBin('950341000052')).toMatchObject({ registeredIn: '1995-03', unit: 'branch' });
    expect(parseBin('070941024691')).toMatchObject({ registeredIn: '2007-09', unit: 'branch' });
  });

  it('reads every entity type and unit digit', () => {
    const read = ['4', '5', '6'].flatMap((type) =>
      ['0', '1', '2', '3'].map((unit) => {
        const bin = parseBin(withCheckDigit(`2105${type}${unit}00001`));
        return `${bin.entityType}/${bin.unit}`;
      }),
    );
    expect(read).toEqual([
      'resident/headOffice',
      'resident/branch',
      'resident/representativeOffice',
      'resident/peasantFarm',
      'nonResident/headOffice',
      'nonResident/branch',
      'nonResident/representativeOffice',
      'nonResident/peasantFarm',
      'jointIndividualEntrepreneur/headOffice',
      'jointIndividualEntrepreneur/branch',
      'jointIndividualEntrepreneur/representativeOffice',
      'jointIndividualEntrepreneur/peasantFarm',
    ]);
  });

  it('reads 90–99 as the 1990s and 00–89 as 2000–2089', () => {
    expect(binRegistrationYear(90)).toBe(1990);
    expect(binRegistrationYear(94)).toBe(1994);
    expect(binRegistrationYear(99)).toBe(1999);
    expect(binRegistrationYear(0)).toBe(2000);
    expect(binRegistrationYear(18)).toBe(2018);
    expect(binRegistrationYear(89)).toBe(2089);
    expect(parseBin(withCheckDigit('90124000001')).registeredIn).toBe('1990-12');
    expect(parseBin(withCheckDigit('89014000001')).registeredIn).toBe('2089-01');
  });

  it.each([[-1], [100], [9.5], [Number.NaN], ['94'], [null]])(
    'refuses the two-digit year %j rather than read a century into it',
    (year) => {
      const error = thrownWith('INVALID_ARGUMENT', () => binRegistrationYear(year as number));
      expect(error.details).toEqual({
        fn: 'binRegistrationYear',
        field: 'twoDigitYear',
        received: year,
        expected: 'twoDigitYear',
      });
      expect(error.message).toContain('expected an integer 0–99 (digits 1–2 of a BIN)');
    },
  );

  it.each<[string, Problem]>([
    ['94004000001', { problem: 'registeredIn', part: 'registeredIn', date: '00' }],
    ['94134000001', { problem: 'registeredIn', part: 'registeredIn', date: '13' }],
    ['94994000001', { problem: 'registeredIn', part: 'registeredIn', date: '99' }],
    ['94010000001', { problem: 'entityType', part: 'entityType', digit: 0 }],
    ['94013000001', { problem: 'entityType', part: 'entityType', digit: 3 }],
    ['94017000001', { problem: 'entityType', part: 'entityType', digit: 7 }],
    ['94019000001', { problem: 'entityType', part: 'entityType', digit: 9 }],
    ['94014400001', { problem: 'unit', part: 'unit', digit: 4 }],
    ['94014900001', { problem: 'unit', part: 'unit', digit: 9 }],
  ])('a valid check digit does not save %s… (%o)', (body, problem) => {
    const value = withCheckDigit(body);
    const e = refusal(safeParseBin, value);
    expect(e.code).toBe('INVALID_BIN');
    expect(e.details).toEqual({ received: value, ...problem });
  });

  it.each([
    ['94004000001', 'registration month 00, which does not exist (expected 01–12)'],
    ['94013000001', 'digit 5 (entity type) is 3'],
    ['94013000001', '0–3 there mark an IIN, not a BIN'],
    ['94014900001', 'digit 6 (unit) is 9'],
  ])('words %s… as %j', (body, words) => {
    expect(refusal(safeParseBin, withCheckDigit(body)).message).toContain(words);
  });

  it('calls an IIN an IIN', () => {
    expect(isValidBin('900101300017')).toBe(false);
    const e = refusal(safeParseBin, '900101300017');
    expect(e.details).toMatchObject({ problem: 'entityType', digit: 0 });
    expect(e.message).toContain('0–3 there mark an IIN');
    // Digit 5 of 4 or more is not an IIN's, and the hint is not given.
    expect(refusal(safeParseBin, withCheckDigit('94017000001')).message).not.toContain('IIN');
  });

  it('names a wrong check digit and the right one', () => {
    expect(refusal(safeParseBin, '940140000380').details).toEqual({
      received: '940140000380',
      problem: 'checkDigit',
      part: 'checkDigit',
      digit: 0,
      expectedCheckDigit: 5,
    });
  });

  it.each<[string, Problem]>([
    ['', { problem: 'empty' }],
    ['94014000038', { problem: 'length', length: 11 }],
    ['9401400003851', { problem: 'length', length: 13 }],
    ['940140 000385', { problem: 'character', character: ' ', position: 7 }],
    ['9401-4000-0385', { problem: 'character', character: '-', position: 5 }],
    ['БИН940140000385', { problem: 'character', character: 'Б', position: 1 }],
  ])('refuses %j, naming the problem', (value, problem) => {
    const e = refusal(safeParseBin, value);
    expect(e.code).toBe('INVALID_BIN');
    expect(e.details).toEqual({ received: value, ...problem });
  });

  it('refuses numbers and other types', () => {
    const number = refusal(safeParseBin, 20240000555);
    expect(number.details).toEqual({ received: 20240000555, problem: 'number' });
    expect(number.message).toContain(
      'not a number: a number drops leading zeros (BIN 020240000555 would become 20240000555)',
    );
    expect(refusal(safeParseBin, null).message).toBe(
      'Invalid BIN null: expected a string of 12 digits',
    );
    expect(refusal(safeParseBin, null).details).toEqual({ received: null, problem: 'notAString' });
    expect(refusal(safeParseBin, '4'.repeat(50_000)).message.length).toBeLessThan(200);
  });

  propTest.prop([fc.anything()])('never throws anything but INVALID_BIN', (value) => {
    const result = safeParseBin(value);
    expect(result.ok || result.error.code === 'INVALID_BIN').toBe(true);
    expect(isValidBin(value)).toBe(result.ok);
  });

  propTest.prop([
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 4, max: 6 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 99_999 }),
  ])(
    'every well-formed body with a check digit parses back to its parts',
    (yy, mm, type, unit, serial) => {
      const pad = (n: number, w: number) => String(n).padStart(w, '0');
      const body = `${pad(yy, 2)}${pad(mm, 2)}${type}${unit}${pad(serial, 5)}`;
      const digit = taxpayerIdCheckDigit(body);
      fc.pre(digit !== null);
      const bin = parseBin(`${body}${digit}`);
      expect(bin.registeredIn).toBe(`${binRegistrationYear(yy)}-${pad(mm, 2)}`);
      expect(bin.entityType).toBe(
        ['resident', 'nonResident', 'jointIndividualEntrepreneur'][type - 4],
      );
      expect(bin.unit).toBe(['headOffice', 'branch', 'representativeOffice', 'peasantFarm'][unit]);
    },
  );
});

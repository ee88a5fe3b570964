import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  binRegistrationYear,
  isValidBin,
  parseBin,
  safeParseBin,
  taxpayerIdCheckDigit,
} from '../../src/ids/index.js';
import { refusal, withCheckDigit } from '../support/ids.js';

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
      expect(() => binRegistrationYear(year as number)).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('expected an integer 0–99 (digits 1–2 of a BIN)'),
        }),
      );
    },
  );

  it.each([
    ['94004000001', 'registeredIn', 'registration month 00, which does not exist (expected 01–12)'],
    ['94134000001', 'registeredIn', 'registration month 13'],
    ['94994000001', 'registeredIn', 'registration month 99'],
    ['94010000001', 'entityType', 'digit 5 (entity type) is 0'],
    ['94013000001', 'entityType', '0–3 there mark an IIN, not a BIN'],
    ['94017000001', 'entityType', 'digit 5 (entity type) is 7'],
    ['94019000001', 'entityType', 'digit 5 (entity type) is 9'],
    ['94014400001', 'unit', 'digit 6 (unit) is 4'],
    ['94014900001', 'unit', 'digit 6 (unit) is 9'],
  ])('a valid check digit does not save %s… (%s)', (body, part, words) => {
    const value = withCheckDigit(body);
    const e = refusal(safeParseBin, value);
    expect(e.code).toBe('INVALID_BIN');
    expect(e.details).toMatchObject({ value, part });
    expect(e.message).toContain(words);
  });

  it('calls an IIN an IIN', () => {
    expect(isValidBin('900101300017')).toBe(false);
    expect(refusal(safeParseBin, '900101300017').message).toContain('0–3 there mark an IIN');
  });

  it.each([
    ['', 'the string is empty'],
    ['94014000038', '11 digits: expected exactly 12'],
    ['9401400003851', '13 digits: expected exactly 12'],
    ['940140 000385', 'a space at position 7'],
    ['9401-4000-0385', 'a dash at position 5'],
    ['БИН940140000385', 'the character "Б" at position 1'],
  ])('refuses %j, naming the problem', (value, words) => {
    const e = refusal(safeParseBin, value);
    expect(e.code).toBe('INVALID_BIN');
    expect(e.message).toContain(words);
  });

  it('refuses numbers and other types', () => {
    expect(refusal(safeParseBin, 20240000555).message).toContain(
      'not a number: a number drops leading zeros (BIN 020240000555 would become 20240000555)',
    );
    expect(refusal(safeParseBin, null).message).toBe(
      'Invalid BIN null: expected a string of 12 digits',
    );
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

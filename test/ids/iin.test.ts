import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TaxpayerIdDetails } from '../../src/core/index.js';
import { isValidIin, parseIin, safeParseIin, taxpayerIdCheckDigit } from '../../src/ids/index.js';
import { refusal, withCheckDigit } from '../support/ids.js';

type Problem = Omit<TaxpayerIdDetails, 'received'>;

describe('parseIin', () => {
  it('reads the birth date, century and sex', () => {
    expect(parseIin('900101300017')).toEqual({
      kind: 'iin',
      value: '900101300017',
      birthDate: '1990-01-01',
      sex: 'male',
    });
    expect(parseIin('851231400011')).toMatchObject({ birthDate: '1985-12-31', sex: 'female' });
    expect(parseIin('000229500018')).toMatchObject({ birthDate: '2000-02-29', sex: 'male' });
    expect(parseIin('200315600013')).toMatchObject({ birthDate: '2020-03-15', sex: 'female' });
    expect(parseIin(withCheckDigit('76091510001'))).toMatchObject({
      birthDate: '1876-09-15',
      sex: 'male',
    });
    expect(parseIin(withCheckDigit('76091520001'))).toMatchObject({ sex: 'female' });
  });

  it('keeps 29 February only in leap years of the century digit 7 gives', () => {
    // 00-02-29 is 2000-02-29 (leap) with digit 7 = 5, but 1900-02-29 (not leap) with 3.
    expect(isValidIin(withCheckDigit('00022950001'))).toBe(true);
    const e = refusal(safeParseIin, withCheckDigit('00022930001'));
    expect(e.details).toEqual({
      received: '000229300015',
      problem: 'birthDate',
      part: 'birthDate',
      date: '1900-02-29',
      dateProblem: 'day',
      lastDay: 28,
    });
    expect(isValidIin(withCheckDigit('96022930001'))).toBe(true);
    expect(isValidIin(withCheckDigit('97022930001'))).toBe(false);
  });

  it.each<[string, Problem]>([
    [
      '90023030001',
      {
        problem: 'birthDate',
        part: 'birthDate',
        date: '1990-02-30',
        dateProblem: 'day',
        lastDay: 28,
      },
    ],
    [
      '01022950001',
      {
        problem: 'birthDate',
        part: 'birthDate',
        date: '2001-02-29',
        dateProblem: 'day',
        lastDay: 28,
      },
    ],
    [
      '90130130001',
      { problem: 'birthDate', part: 'birthDate', date: '1990-13-01', dateProblem: 'month' },
    ],
    [
      '90000130001',
      { problem: 'birthDate', part: 'birthDate', date: '1990-00-01', dateProblem: 'month' },
    ],
    [
      '90010030001',
      {
        problem: 'birthDate',
        part: 'birthDate',
        date: '1990-01-00',
        dateProblem: 'day',
        lastDay: 31,
      },
    ],
    [
      '90043130001',
      {
        problem: 'birthDate',
        part: 'birthDate',
        date: '1990-04-31',
        dateProblem: 'day',
        lastDay: 30,
      },
    ],
    ['90010100001', { problem: 'centuryAndSex', part: 'centuryAndSex', digit: 0 }],
    ['90010170001', { problem: 'centuryAndSex', part: 'centuryAndSex', digit: 7 }],
    ['90010180001', { problem: 'centuryAndSex', part: 'centuryAndSex', digit: 8 }],
    ['90010190001', { problem: 'centuryAndSex', part: 'centuryAndSex', digit: 9 }],
  ])('a valid check digit does not save %s… (%o)', (body, problem) => {
    const value = withCheckDigit(body);
    const e = refusal(safeParseIin, value);
    expect(e.code).toBe('INVALID_IIN');
    expect(e.details).toEqual({ received: value, ...problem });
    expect(e.message).toContain(`Invalid IIN "${value}"`);
  });

  it('says why the birth date does not exist, in the words of a date error', () => {
    expect(refusal(safeParseIin, withCheckDigit('90043130001')).message).toContain(
      'the birth date 1990-04-31, which does not exist: day 31 does not exist in 1990-04 (expected 01–30)',
    );
    expect(refusal(safeParseIin, withCheckDigit('90130130001')).message).toContain(
      'month 13 does not exist (expected 01–12)',
    );
  });

  it('names a wrong check digit and the right one', () => {
    const e = refusal(safeParseIin, '900101300018');
    expect(e.message).toBe(
      'Invalid IIN "900101300018": wrong check digit 8 (digit 12): digits 1–11 give 7',
    );
    expect(e.details).toEqual({
      received: '900101300018',
      problem: 'checkDigit',
      part: 'checkDigit',
      digit: 8,
      expectedCheckDigit: 7,
    });
  });

  it.each<[string, Problem]>([
    ['', { problem: 'empty' }],
    ['90010130001', { problem: 'length', length: 11 }],
    ['9001013000170', { problem: 'length', length: 13 }],
    [' 900101300017', { problem: 'character', character: ' ', position: 1 }],
    ['900101300017 ', { problem: 'character', character: ' ', position: 13 }],
    ['900101 300017', { problem: 'character', character: ' ', position: 7 }],
    ['9001-0130-0017', { problem: 'character', character: '-', position: 5 }],
    ['90010130001O', { problem: 'character', character: 'O', position: 12 }],
    ['９００１０１３０００１７', { problem: 'character', character: '９', position: 1 }],
    ['90010130001\u00a0', { problem: 'character', character: '\u00a0', position: 12 }],
    ['90010130001\n', { problem: 'character', character: '\n', position: 12 }],
    ['ИИН900101300017', { problem: 'character', character: 'И', position: 1 }],
    // The whole character, not half of its surrogate pair.
    ['9001013000😀', { problem: 'character', character: '😀', position: 11 }],
    ['9001013000\u202E7', { problem: 'character', character: '\u202E', position: 11 }],
  ])('refuses %j, naming the problem', (value, problem) => {
    const e = refusal(safeParseIin, value);
    expect(e.code).toBe('INVALID_IIN');
    expect(e.details).toEqual({ received: value, ...problem });
  });

  it.each([
    ['a space at position 7', '900101 300017'],
    ['a dash at position 5', '9001-0130-0017'],
    ['the character "O" at position 12', '90010130001O'],
    ['a whitespace character (U+00A0) at position 12', '90010130001\u00a0'],
    ['a whitespace character (U+000A) at position 12', '90010130001\n'],
    ['the character "😀" at position 11', '9001013000😀'],
    // A bidirectional override is named, never written out: it would turn the message around.
    ['the character U+202E at position 11', '9001013000\u202E7'],
    ['11 digits: expected exactly 12', '90010130001'],
    ['the string is empty', ''],
  ])('says %j', (words, value) => {
    expect(refusal(safeParseIin, value).message).toContain(words);
  });

  it('refuses a number, which would have lost its leading zeros', () => {
    const e = refusal(safeParseIin, 900101300017);
    expect(e.details).toEqual({ received: 900101300017, problem: 'number' });
    expect(e.message).toBe(
      'Invalid IIN 900101300017: expected a string of 12 digits, not a number: a number drops leading zeros (IIN 050707500015 would become 50707500015), so pass the IIN as a string',
    );
    expect(refusal(safeParseIin, 50707500015).details.problem).toBe('number');
    expect(refusal(safeParseIin, 900101300017n).details).toEqual({
      received: 900101300017n,
      problem: 'number',
    });
    expect(refusal(safeParseIin, Number.NaN).message).toContain('Invalid IIN NaN');
  });

  it.each([
    [null, null, 'Invalid IIN null: expected a string of 12 digits'],
    [undefined, undefined, 'Invalid IIN undefined: expected a string of 12 digits'],
    [{}, { type: 'object' }, 'Invalid IIN an object: expected a string of 12 digits'],
    [
      ['900101300017'],
      { type: 'array', length: 1 },
      'Invalid IIN an array of 1: expected a string of 12 digits',
    ],
    [true, true, 'Invalid IIN true: expected a string of 12 digits'],
  ])('refuses %j of the wrong type', (value, received, message) => {
    expect(refusal(safeParseIin, value).details).toEqual({ received, problem: 'notAString' });
    expect(refusal(safeParseIin, value).message).toBe(message);
    expect(() => parseIin(value)).toThrow(message);
  });

  it('keeps a 50 kB input out of the message and the details', () => {
    for (const value of [
      '9'.repeat(50_000),
      'x'.repeat(50_000),
      `900101300017${' '.repeat(50_000)}`,
    ]) {
      const e = refusal(safeParseIin, value);
      expect(e.message.length).toBeLessThan(300);
      expect(e.details.received).toBe(`${value.slice(0, 200)}…`);
    }
    expect(refusal(safeParseIin, '9'.repeat(50_000)).details).toEqual({
      received: `${'9'.repeat(200)}…`,
      problem: 'length',
      length: 50_000,
    });
  });

  propTest.prop([fc.anything()])('never throws anything but INVALID_IIN', (value) => {
    const result = safeParseIin(value);
    expect(result.ok || result.error.code === 'INVALID_IIN').toBe(true);
    expect(isValidIin(value)).toBe(result.ok);
  });

  propTest.prop([
    fc.date({ min: new Date('1800-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    fc.boolean(),
    fc.integer({ min: 0, max: 9999 }),
  ])(
    'every real birth date and sex round-trips through a generated IIN',
    (date, female, serial) => {
      const iso = date.toISOString().slice(0, 10);
      const year = Number(iso.slice(0, 4));
      const digit7 = (Math.floor(year / 100) - 18) * 2 + (female ? 2 : 1);
      const body = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${digit7}${String(serial).padStart(4, '0')}`;
      const digit = taxpayerIdCheckDigit(body);
      fc.pre(digit !== null);
      expect(parseIin(`${body}${digit}`)).toEqual({
        kind: 'iin',
        value: `${body}${digit}`,
        birthDate: iso,
        sex: female ? 'female' : 'male',
      });
    },
  );
});

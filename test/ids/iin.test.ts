import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isValidIin, parseIin, safeParseIin, taxpayerIdCheckDigit } from '../../src/ids/index.js';
import { refusal, withCheckDigit } from '../support/ids.js';

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
    expect(e.details['part']).toBe('birthDate');
    expect(e.message).toContain('1900-02-29');
    expect(isValidIin(withCheckDigit('96022930001'))).toBe(true);
    expect(isValidIin(withCheckDigit('97022930001'))).toBe(false);
  });

  it.each([
    ['90023030001', 'birthDate', 'the birth date 1990-02-30, which does not exist'],
    ['01022950001', 'birthDate', 'the birth date 2001-02-29'],
    ['90130130001', 'birthDate', 'month 13 does not exist'],
    ['90000130001', 'birthDate', 'month 00 does not exist'],
    ['90010030001', 'birthDate', 'day 00 does not exist'],
    ['90043130001', 'birthDate', 'day 31 does not exist in 1990-04'],
    ['90010100001', 'centuryAndSex', 'digit 7 (century and sex) is 0'],
    ['90010170001', 'centuryAndSex', 'digit 7 (century and sex) is 7'],
    ['90010180001', 'centuryAndSex', 'digit 7 (century and sex) is 8'],
    ['90010190001', 'centuryAndSex', 'digit 7 (century and sex) is 9'],
  ])('a valid check digit does not save %s… (%s)', (body, part, words) => {
    const value = withCheckDigit(body);
    const e = refusal(safeParseIin, value);
    expect(e.code).toBe('INVALID_IIN');
    expect(e.details).toMatchObject({ value, part });
    expect(e.message).toContain(words);
    expect(e.message).toContain(`Invalid IIN "${value}"`);
  });

  it('names a wrong check digit and the right one', () => {
    const e = refusal(safeParseIin, '900101300018');
    expect(e.message).toBe(
      'Invalid IIN "900101300018": wrong check digit 8 (digit 12): digits 1–11 give 7',
    );
    expect(e.details).toEqual({
      value: '900101300018',
      reason: 'wrong check digit 8 (digit 12): digits 1–11 give 7',
      part: 'checkDigit',
      expected: 7,
    });
  });

  it.each([
    ['', 'the string is empty'],
    ['90010130001', '11 digits: expected exactly 12'],
    ['9001013000170', '13 digits: expected exactly 12'],
    [' 900101300017', 'a space at position 1'],
    ['900101300017 ', 'a space at position 13'],
    ['900101 300017', 'a space at position 7'],
    ['9001-0130-0017', 'a dash at position 5'],
    ['90010130001O', 'the character "O" at position 12'],
    ['９００１０１３０００１７', 'the character "９" at position 1'],
    ['90010130001\u00a0', 'a whitespace character (U+00A0) at position 12'],
    ['90010130001\n', 'a whitespace character (U+000A) at position 12'],
    ['ИИН900101300017', 'the character "И" at position 1'],
    ['9001013000😀', 'the character "😀" at position 11'],
  ])('refuses %j, naming the problem', (value, words) => {
    const e = refusal(safeParseIin, value);
    expect(e.code).toBe('INVALID_IIN');
    expect(e.message).toContain(words);
    expect(e.details['part']).toBeUndefined();
  });

  it('refuses a number, which would have lost its leading zeros', () => {
    const e = refusal(safeParseIin, 900101300017);
    expect(e.message).toBe(
      'Invalid IIN 900101300017: expected a string of 12 digits, not a number: a number drops leading zeros (IIN 050707500015 would become 50707500015), so pass the IIN as a string',
    );
    expect(refusal(safeParseIin, 50707500015).code).toBe('INVALID_IIN');
    expect(refusal(safeParseIin, 900101300017n).message).toContain('not a number');
    expect(refusal(safeParseIin, Number.NaN).message).toContain('Invalid IIN NaN');
  });

  it.each([
    [null, 'Invalid IIN null: expected a string of 12 digits'],
    [undefined, 'Invalid IIN undefined: expected a string of 12 digits'],
    [{}, 'Invalid IIN an object: expected a string of 12 digits'],
    [['900101300017'], 'Invalid IIN an array of 1: expected a string of 12 digits'],
    [true, 'Invalid IIN true: expected a string of 12 digits'],
  ])('refuses %j of the wrong type', (value, message) => {
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
      expect(String(e.details['value']).length).toBeLessThanOrEqual(201);
    }
    expect(refusal(safeParseIin, '9'.repeat(50_000)).message).toContain(
      '50000 digits: expected exactly 12',
    );
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

import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  isValidBin,
  isValidIin,
  isValidTaxpayerId,
  parseTaxpayerId,
  safeParseTaxpayerId,
} from '../../src/ids/index.js';
import { failedWith } from '../support/error-details.js';
import { withCheckDigit } from '../support/ids.js';

describe('parseTaxpayerId', () => {
  it('tells an IIN from a BIN by the 5th digit', () => {
    expect(parseTaxpayerId('851231400011')).toEqual({
      kind: 'iin',
      value: '851231400011',
      birthDate: '1985-12-31',
      sex: 'female',
    });
    expect(parseTaxpayerId('971240001315')).toEqual({
      kind: 'bin',
      value: '971240001315',
      registeredIn: '1997-12',
      entityType: 'resident',
      unit: 'headOffice',
    });
    const result = safeParseTaxpayerId('020240000555');
    expect(result.ok && result.value.kind === 'bin' && result.value.registeredIn).toBe('2002-02');
  });

  it('reports the errors of the kind the 5th digit names', () => {
    expect(() => parseTaxpayerId('900101300018')).toThrow(
      expect.objectContaining({ code: 'INVALID_IIN' }),
    );
    expect(() => parseTaxpayerId('940140000380')).toThrow(
      expect.objectContaining({ code: 'INVALID_BIN' }),
    );
    expect(() => parseTaxpayerId(withCheckDigit('90023030001'))).toThrow(
      expect.objectContaining({
        code: 'INVALID_IIN',
        details: expect.objectContaining({ part: 'birthDate' }),
      }),
    );
  });

  it.each(['7', '8', '9'])('refuses a 5th digit %s as neither', (digit5) => {
    const value = withCheckDigit(`9401${digit5}000001`);
    const error = failedWith('INVALID_TAXPAYER_ID', safeParseTaxpayerId(value));
    expect(error.details).toEqual({
      received: value,
      problem: 'kind',
      part: 'kind',
      digit: Number(digit5),
    });
    expect(error.message).toBe(
      `Invalid IIN or BIN "${value}": digit 5 is ${digit5}: 0–3 there mark an IIN and 4–6 a BIN, so the number is neither`,
    );
  });

  it('names a wrong check digit first when the 5th digit is 7–9 too', () => {
    const error = failedWith('INVALID_TAXPAYER_ID', safeParseTaxpayerId('940190000380'));
    expect(error.details).toEqual({
      received: '940190000380',
      problem: 'checkDigit',
      part: 'checkDigit',
      digit: 0,
      expectedCheckDigit: 8,
    });
  });

  it.each([
    ['', { problem: 'empty' }, 'the string is empty'],
    ['12345', { problem: 'length', length: 5 }, '5 digits: expected exactly 12'],
    [
      '12345678901X',
      { problem: 'character', character: 'X', position: 12 },
      'the character "X" at position 12',
    ],
    [971240001315, { problem: 'number' }, 'not a number'],
    [undefined, { problem: 'notAString' }, 'expected a string of 12 digits'],
  ])('refuses %j before telling the kind', (value, problem, words) => {
    const error = failedWith('INVALID_TAXPAYER_ID', safeParseTaxpayerId(value));
    expect(error.details).toEqual({ received: value, ...problem });
    expect(error.message).toContain(words);
  });

  it('says what a number would have lost', () => {
    expect(failedWith('INVALID_TAXPAYER_ID', safeParseTaxpayerId(971240001315)).message).toBe(
      'Invalid IIN or BIN 971240001315: expected a string of 12 digits, not a number: a number drops leading zeros (IIN or BIN 050707500015 would become 50707500015), so pass the IIN or BIN as a string',
    );
  });

  propTest.prop([
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 }),
  ])('a 12-digit string is valid as one kind at most, and parseTaxpayerId agrees', (value) => {
    const iin = isValidIin(value);
    const bin = isValidBin(value);
    expect(iin && bin).toBe(false);
    expect(isValidTaxpayerId(value)).toBe(iin || bin);
    const result = safeParseTaxpayerId(value);
    expect(result.ok).toBe(iin || bin);
    if (result.ok) expect(result.value.kind).toBe(iin ? 'iin' : 'bin');
  });

  propTest.prop([fc.anything()])('never throws for any input', (value) => {
    const result = safeParseTaxpayerId(value);
    expect(isValidTaxpayerId(value)).toBe(result.ok);
  });
});

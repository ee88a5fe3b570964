import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { TutynushyError } from '../../src/core/index.js';
import { issueOfZod } from '../../src/core/record-error.js';
import { parseBin, parseIin, parseTaxpayerId } from '../../src/ids/index.js';
import { BinSchema, IinSchema, TaxpayerIdSchema } from '../../src/ids/schema.js';

function errorOf(fn: () => unknown): TutynushyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('zod schemas for IIN and BIN', () => {
  it('pass a valid number through unchanged', () => {
    expect(IinSchema.parse('900101300017')).toBe('900101300017');
    expect(BinSchema.parse('940140000385')).toBe('940140000385');
    expect(TaxpayerIdSchema.parse('851231400011')).toBe('851231400011');
    expect(TaxpayerIdSchema.parse('971240001315')).toBe('971240001315');
    expectTypeOf<z.output<typeof TaxpayerIdSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof IinSchema>>().toEqualTypeOf<string>();
  });

  it.each([
    [IinSchema, parseIin, '900230300019'],
    [IinSchema, parseIin, '900101300018'],
    [IinSchema, parseIin, ''],
    [IinSchema, parseIin, 900101300017],
    [IinSchema, parseIin, null],
    [BinSchema, parseBin, '949940000389'],
    [BinSchema, parseBin, 940140000385],
    [BinSchema, parseBin, '9401 4000 0385'],
    [TaxpayerIdSchema, parseTaxpayerId, '940190000388'],
    [TaxpayerIdSchema, parseTaxpayerId, '12345'],
    [TaxpayerIdSchema, parseTaxpayerId, '900101300018'],
  ] as const)('holds the error the parser throws, as data, for %#', (schema, parse, value) => {
    const result = schema.safeParse(value, { reportInput: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    const issue = result.error?.issues[0];
    const thrown = errorOf(() => parse(value));
    expect(issue).toMatchObject({
      code: 'custom',
      params: { code: 'invalidValue', error: { code: thrown.code, details: thrown.details } },
    });
    // No English sentence of the library's rides on the zod issue.
    expect(issue?.message).not.toContain('IIN');
    expect(issue?.message).not.toContain('BIN');
    expect(issue && issueOfZod(issue)).toEqual({
      code: 'invalidValue',
      path: [],
      received: value,
      error: { code: thrown.code, details: thrown.details },
    });
  });

  it('refuses a number for its lost leading zeros, not merely as the wrong type', () => {
    const issue = IinSchema.safeParse(50707500015).error?.issues[0];
    expect(issue?.code === 'custom' && issue.params?.['error']).toEqual({
      code: 'INVALID_IIN',
      details: { received: 50707500015, problem: 'number' },
    });
  });

  it('calls a missing id a missing field', () => {
    const Business = z.object({ bin: BinSchema });
    const result = Business.safeParse({}, { reportInput: true });
    expect(result.error?.issues).toHaveLength(1);
    const issue = result.error?.issues[0];
    expect(issue && issueOfZod(issue)).toEqual({ code: 'required', path: ['bin'] });
    expect(z.object({ iin: IinSchema.optional() }).parse({})).toEqual({});
  });

  it('names the field inside an object', () => {
    const BusinessRecord = z.object({ bin: BinSchema });
    const result = BusinessRecord.safeParse({ bin: '940140000380' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['bin'],
      params: {
        code: 'invalidValue',
        error: {
          code: 'INVALID_BIN',
          details: {
            received: '940140000380',
            problem: 'checkDigit',
            part: 'checkDigit',
            digit: 0,
            expectedCheckDigit: 5,
          },
        },
      },
    });
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { parseBin, parseIin, parseTaxpayerId } from '../../src/ids/index.js';
import { BinSchema, IinSchema, TaxpayerIdSchema } from '../../src/ids/schema.js';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
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
    [TaxpayerIdSchema, parseTaxpayerId, undefined],
  ] as const)('reports the library message for %#', (schema, parse, value) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe(messageOf(() => parse(value)));
  });

  it('names the field inside an object', () => {
    const BusinessRecord = z.object({ bin: BinSchema });
    const result = BusinessRecord.safeParse({ bin: '940140000380' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['bin'],
      message: 'Invalid BIN "940140000380": wrong check digit 0 (digit 12): digits 1–11 give 5',
    });
  });
});

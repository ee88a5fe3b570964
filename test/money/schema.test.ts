import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { MAX_TIYN, Tenge } from '../../src/money/index.js';
import { NonNegativeTengeSchema, TengeSchema } from '../../src/schemas/index.js';

describe('TengeSchema', () => {
  it('reads decimal strings and Tenge values into a Tenge', () => {
    expect(TengeSchema.parse('250000').toString()).toBe('250000.00');
    expect(TengeSchema.parse('250000.5').toString()).toBe('250000.50');
    expect(TengeSchema.parse('250000.00').toString()).toBe('250000.00');
    expect(TengeSchema.parse('-3.20').toString()).toBe('-3.20');
    const amount = Tenge.of('5');
    expect(TengeSchema.parse(amount)).toBe(amount);
  });

  it.each([
    ['1.005', 'not exact to the tiyn'],
    ['', 'empty'],
    ['1e3', 'exponent'],
    ['1 424 750,50', 'a comma is neither a decimal mark'],
    ['x'.repeat(50_000), 'longer than any amount'],
    [250000, 'Invalid amount 250000: expected money as a decimal string'],
    [null, 'Invalid amount null: expected money as a decimal string'],
    [undefined, 'Invalid amount undefined: expected money as a decimal string'],
    [{ tiyn: 5 }, 'Invalid amount an object: expected money as a decimal string'],
    [250000n, 'Invalid amount 250000n: expected money as a decimal string'],
  ])('refuses %# (%s) naming what is wrong', (input, message) => {
    const result = TengeSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
    expect(result.error?.issues[0]?.message.length).toBeLessThan(300);
  });

  it('keeps the error code as issue params', () => {
    const issue = TengeSchema.safeParse('1.005').error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', params: { code: 'INVALID_AMOUNT' } });
  });

  it('names the field path inside a record', () => {
    const Record = z.object({ refund: TengeSchema });
    const result = Record.safeParse({ refund: '0.001' });
    expect(result.error?.issues[0]?.path).toEqual(['refund']);
  });

  it('has the documented examples', () => {
    expect(TengeSchema.parse('250000.5').toString()).toBe('250000.50');
    expect(TengeSchema.safeParse('1.005').success).toBe(false);
    expect(TengeSchema.safeParse(250000).success).toBe(false);
    expect(NonNegativeTengeSchema.parse('0').isZero()).toBe(true);
    expect(NonNegativeTengeSchema.safeParse('-3.20').success).toBe(false);
  });

  propTest.prop([fc.bigInt({ min: -MAX_TIYN, max: MAX_TIYN })])(
    'a record with money round-trips through JSON',
    (tiyn) => {
      const Record = z.object({ id: z.string(), refund: TengeSchema });
      const record = Record.parse({ id: 'a-1', refund: Tenge.fromTiyn(tiyn) });
      const back = Record.parse(JSON.parse(JSON.stringify(record)));
      expect(back.refund.equals(record.refund)).toBe(true);
      expect(typeof JSON.parse(JSON.stringify(record)).refund).toBe('string');
    },
  );
});

describe('NonNegativeTengeSchema', () => {
  it('accepts zero and more, refuses negatives and bad input', () => {
    expect(NonNegativeTengeSchema.parse('0').isZero()).toBe(true);
    expect(NonNegativeTengeSchema.parse('72000000').toString()).toBe('72000000.00');
    expect(NonNegativeTengeSchema.parse(Tenge.of('0.01')).toString()).toBe('0.01');
    const negative = NonNegativeTengeSchema.safeParse('-3.20');
    expect(negative.error?.issues).toHaveLength(1);
    expect(negative.error?.issues[0]?.message).toContain('"-3.20": expected zero or more');
    expect(NonNegativeTengeSchema.safeParse(Tenge.of('-0.01')).success).toBe(false);
    const bad = NonNegativeTengeSchema.safeParse('abc');
    expect(bad.error?.issues).toHaveLength(1);
    expect(bad.error?.issues[0]?.message).toContain('Invalid amount "abc"');
    expect(NonNegativeTengeSchema.safeParse(5).success).toBe(false);
  });
});

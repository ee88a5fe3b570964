import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { AmountDetails } from '../../src/core/index.js';
import { issueOfZod } from '../../src/core/record-error.js';
import { MAX_TIYN, Tenge } from '../../src/money/index.js';
import { NonNegativeTengeSchema, TengeSchema } from '../../src/schemas/index.js';

type Refusal = Omit<AmountDetails, 'received'>;

/** The one issue a schema gives for a value, as the library's record issue. */
function issueOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  expect(result.success).toBe(false);
  expect(result.error?.issues).toHaveLength(1);
  const issue = result.error?.issues[0];
  if (issue === undefined) throw new Error('no issue');
  return { zod: issue, mine: issueOfZod(issue) };
}

describe('TengeSchema', () => {
  it('reads decimal strings and Tenge values into a Tenge', () => {
    expect(TengeSchema.parse('250000').toString()).toBe('250000.00');
    expect(TengeSchema.parse('250000.5').toString()).toBe('250000.50');
    expect(TengeSchema.parse('250000.00').toString()).toBe('250000.00');
    expect(TengeSchema.parse('-3.20').toString()).toBe('-3.20');
    const amount = Tenge.of('5');
    expect(TengeSchema.parse(amount)).toBe(amount);
  });

  it.each<[unknown, Refusal & { readonly received?: unknown }]>([
    ['1.005', { problem: 'notExactToTiyn', decimals: 3 }],
    ['', { problem: 'empty' }],
    ['1e3', { problem: 'exponent' }],
    ['1 424 750,50', { problem: 'comma' }],
    ['1 424 750', { problem: 'notPlainDecimal' }],
    [
      'x'.repeat(50_000),
      { problem: 'tooLong', length: 50_000, max: 64, received: `${'x'.repeat(200)}…` },
    ],
    // Money in JSON is a string: a JSON number is a binary float to most readers.
    [250000, { problem: 'notDecimalString' }],
    [null, { problem: 'notDecimalString' }],
    [{ tiyn: 5 }, { problem: 'notDecimalString', received: { type: 'object' } }],
    [250000n, { problem: 'notDecimalString' }],
    [Object.create(Tenge.prototype), { problem: 'forgedTenge', received: { type: 'object' } }],
  ])(
    'refuses %# with the INVALID_AMOUNT error as data, no message of its own',
    (input, refusal) => {
      const { zod, mine } = issueOf(TengeSchema, input);
      const details = { received: input, ...refusal };
      expect(zod).toMatchObject({
        code: 'custom',
        params: { code: 'invalidValue', error: { code: 'INVALID_AMOUNT', details } },
      });
      // zod's own neutral words, never an English sentence of the library's.
      expect(zod.message).not.toMatch(/amount|tiyn|tenge/i);
      expect(mine).toEqual({
        code: 'invalidValue',
        path: [],
        received: details.received,
        error: { code: 'INVALID_AMOUNT', details },
      });
    },
  );

  it('holds the same details as Tenge.of', () => {
    let thrown: unknown;
    try {
      Tenge.of('0.001');
    } catch (error) {
      thrown = error;
    }
    const { zod } = issueOf(TengeSchema, '0.001');
    expect(zod.code === 'custom' && zod.params?.['error']).toEqual({
      code: 'INVALID_AMOUNT',
      details: (thrown as { details: unknown }).details,
    });
  });

  it('calls a missing amount a missing field', () => {
    const Record = z.object({ refund: TengeSchema });
    const result = Record.safeParse({}, { reportInput: true });
    const issue = result.error?.issues[0];
    expect(result.error?.issues).toHaveLength(1);
    expect(issue && issueOfZod(issue)).toEqual({ code: 'required', path: ['refund'] });
    expect(z.object({ refund: TengeSchema.optional() }).parse({})).toEqual({});
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
    expect(issueOf(NonNegativeTengeSchema, '-3.20').mine).toEqual({
      code: 'invalidValue',
      path: [],
      received: '-3.20',
      error: { code: 'INVALID_AMOUNT', details: { received: '-3.20', problem: 'negative' } },
    });
    expect(issueOf(NonNegativeTengeSchema, Tenge.of('-0.01')).mine.error).toEqual({
      code: 'INVALID_AMOUNT',
      details: { received: { type: 'tenge', amount: '-0.01' }, problem: 'negative' },
    });
    // One issue for a bad amount, not a second one for its sign.
    expect(issueOf(NonNegativeTengeSchema, 'abc').mine.error).toEqual({
      code: 'INVALID_AMOUNT',
      details: { received: 'abc', problem: 'notPlainDecimal' },
    });
    expect(issueOf(NonNegativeTengeSchema, 5).mine.error?.code).toBe('INVALID_AMOUNT');
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { issueOfZod } from '../../src/core/record-error.js';
import { type RegionCode, safeRegionByCode } from '../../src/regions/index.js';
import { RegionCodeSchema } from '../../src/regions/schema.js';

describe('RegionCodeSchema', () => {
  it('accepts every form and outputs the two-digit code', () => {
    expect(RegionCodeSchema.parse('79')).toBe('79');
    expect(RegionCodeSchema.parse(79)).toBe('79');
    expect(RegionCodeSchema.parse('790000000')).toBe('79');
    expect(RegionCodeSchema.parse('KZ-79')).toBe('79');
    expect(RegionCodeSchema.parse(10)).toBe('10');
    expectTypeOf<z.output<typeof RegionCodeSchema>>().toEqualTypeOf<RegionCode>();
    expectTypeOf<z.input<typeof RegionCodeSchema>>().toEqualTypeOf<string | number>();
  });

  it.each(['80', 'KZ-80', '', '79 ', 791010000, null, {}, ['79']])(
    'refuses %j with the INVALID_REGION error regionByCode gives, as data',
    (value) => {
      const result = RegionCodeSchema.safeParse(value, { reportInput: true });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      const lookup = safeRegionByCode(value);
      if (lookup.ok || lookup.error.code !== 'INVALID_REGION') throw new Error('not refused');
      const issue = result.error?.issues[0];
      expect(issue).toMatchObject({
        code: 'custom',
        params: {
          code: 'invalidValue',
          error: { code: 'INVALID_REGION', details: lookup.error.details },
        },
      });
      expect(issue?.message).not.toContain('region');
      expect(issue && issueOfZod(issue)).toEqual({
        code: 'invalidValue',
        path: [],
        received: lookup.error.details.received,
        error: { code: 'INVALID_REGION', details: lookup.error.details },
      });
    },
  );

  it('names the field inside a record, and calls a missing region a missing field', () => {
    const Record = z.object({ region: RegionCodeSchema });
    const result = Record.safeParse({ region: 'KZ-80' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['region'],
      params: { error: { details: { problem: 'unknownCode', code: '80' } } },
    });
    const missing = Record.safeParse({}, { reportInput: true }).error?.issues;
    expect(missing).toHaveLength(1);
    expect(missing?.[0] && issueOfZod(missing[0])).toEqual({ code: 'required', path: ['region'] });
  });
});

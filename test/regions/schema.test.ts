import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { type RegionCode, regionByCode } from '../../src/regions/index.js';
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

  it.each(['80', 'KZ-80', '', '79 ', 791010000, null, undefined, {}])(
    'refuses %j with the library message',
    (value) => {
      const result = RegionCodeSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      let message = '';
      try {
        regionByCode(value as string);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(result.error?.issues[0]?.message).toBe(message);
    },
  );

  it('names the field inside a record', () => {
    const result = z.object({ region: RegionCodeSchema }).safeParse({ region: 'KZ-80' });
    expect(result.error?.issues[0]?.path).toEqual(['region']);
    expect(result.error?.issues[0]?.message).toContain('there is no region with the code 80');
  });
});

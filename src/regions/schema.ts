import * as z from 'zod';
import { nestedError } from '../core/schema-helpers.js';
import { safeRegionByCode } from './lookup.js';
import { REGION_CODES, type RegionCode } from './regions.js';

// What the JSON Schemas in schemas/ say of a region: each form regionByCode
// reads, as the list of its values.
const kato = (code: string): string => `${code}0000000`;
const regionMeta = () => ({
  anyOf: [
    {
      type: 'string',
      enum: REGION_CODES,
      description: 'The two-digit code, as the library writes it.',
    },
    {
      type: 'string',
      enum: REGION_CODES.map((code) => `KZ-${code}`),
      description: 'The ISO 3166-2:KZ code.',
    },
    { type: 'string', enum: REGION_CODES.map(kato), description: 'The 9-digit KATO code.' },
    {
      type: 'integer',
      enum: [...REGION_CODES.map(Number), ...REGION_CODES.map((code) => Number(kato(code)))],
      description: 'The two-digit or the 9-digit code as a number.',
    },
  ],
  description:
    'One of the 17 regions and 3 cities of Kazakhstan by its top-level KATO code (the number of its ISO 3166-2:KZ code): 79 is Shymkent.',
});

/**
 * A region given by any form {@link regionByCode} accepts (`'79'`, `79`,
 * `'790000000'`, `'KZ-79'`), out as its two-digit {@link RegionCode}. A
 * refused value is an issue with `params.code` `invalidValue` and
 * `params.error` the `INVALID_REGION` error (`code`, `details`) that
 * `regionByCode` would throw; a missing one is a missing field.
 *
 * @example
 * ```ts
 * RegionCodeSchema.parse('KZ-79');     // '79'
 * RegionCodeSchema.parse(75);          // '75'
 * RegionCodeSchema.parse('790000000'); // '79'
 * RegionCodeSchema.safeParse('80').success; // false
 * ```
 */
export const RegionCodeSchema = /* @__PURE__ */ z
  .custom<string | number>()
  .transform((value, ctx): RegionCode => {
    if (value === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value });
      return z.NEVER;
    }
    const result = safeRegionByCode(value);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', input: value, ...nestedError(result.error) });
    return z.NEVER;
  })
  .meta(regionMeta());

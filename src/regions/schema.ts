import * as z from 'zod';
import { nestedError } from '../core/schema-helpers.js';
import { safeRegionByCode } from './lookup.js';
import type { RegionCode } from './regions.js';

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
  });

import * as z from 'zod';
import { safeRegionByCode } from './lookup.js';
import type { RegionCode } from './regions.js';

function messageOf(value: unknown): string {
  const result = safeRegionByCode(value);
  return result.ok ? 'expected a region code' : result.error.message;
}

/**
 * A region given by any form {@link regionByCode} accepts (`'79'`, `79`,
 * `'790000000'`, `'KZ-79'`), out as its two-digit {@link RegionCode}. The
 * issue message is the library's own.
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
  .union([z.string(), z.number()], { error: (issue) => messageOf(issue.input) })
  .transform((value, ctx): RegionCode => {
    const result = safeRegionByCode(value);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', message: result.error.message, input: value });
    return z.NEVER;
  });

import { invalidArgumentError } from '../core/error-factories.js';
import { regionsExpectations } from '../core/messages/en/expectations/regions.js';
import { reportExpectations } from '../core/messages/en/expectations/report.js';
import { received } from '../core/received.js';
import { checkPeriod } from '../period/check-period.js';
import { parsePeriod } from '../period/parse.js';
import type { Period } from '../period/period.js';
import { regionByCode } from '../regions/lookup.js';
import type { RegionCode } from '../regions/regions.js';

/** What a report covers: a period and, optionally, some regions. */
export interface ReportScope {
  /** The period: a {@link Period} or its code (`'2024-01/2024-05'`). */
  readonly period: Period | string;
  /**
   * The regions, in any form `regionByCode` reads (`'79'`, `79`, `'KZ-79'`);
   * absent or `null` for the whole country.
   */
  readonly regions?: readonly (RegionCode | string | number)[] | null | undefined;
}

/** The most regions a scope names: there are 20. */
const MAX_REGIONS = 20;

/** A scope read and checked: the period, and the sorted distinct region codes or `null`. @internal */
export function readScope(
  scope: Partial<ReportScope>,
  fn: string,
): { readonly period: Period; readonly regions: readonly RegionCode[] | null } {
  const given = scope.period;
  if (given === undefined) {
    throw invalidArgumentError(
      {
        fn,
        field: 'period',
        received: undefined,
        expected: 'period',
      },
      reportExpectations,
    );
  }
  const period = typeof given === 'string' ? parsePeriod(given) : checkPeriod(given, fn);
  const list = scope.regions;
  if (list === undefined || list === null) return { period, regions: null };
  if (!Array.isArray(list) || list.length > MAX_REGIONS * 5) {
    throw invalidArgumentError(
      {
        fn,
        field: 'regions',
        received: received(list),
        expected: 'regions',
      },
      regionsExpectations,
    );
  }
  const codes = new Set<RegionCode>();
  for (const region of list) codes.add(regionByCode(region).code);
  return { period, regions: Object.freeze([...codes].sort()) };
}

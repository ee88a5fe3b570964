import { incompatibleReportsError } from '../core/error-factories.js';
import { readOptions } from '../core/options.js';
import { Tenge } from '../money/tenge.js';
import { samePeriodLastYear } from '../period/last-year.js';
import type { Period } from '../period/period.js';
import type { RegionCode } from '../regions/regions.js';
import { checkReport } from './check-report.js';
import { type Ratio, ratio } from './ratio.js';
import type {
  AppealFigures,
  LawsuitFigures,
  OutreachFigures,
  Report,
  UnifiedSystemFigures,
} from './report.js';

/** A count against the same period of last year: `growth` is the change over the previous count. */
export interface CountChange {
  /** The count in the report compared. */
  readonly current: number;
  /** The count a year before. */
  readonly previous: number;
  /** `current − previous`. */
  readonly change: number;
  /** `change` of `previous`: 0.25 is 25 % more; `value` is `null` when `previous` is 0. */
  readonly growth: Ratio;
}

/** A share of two amounts, as {@link Ratio} is of two counts. */
export interface AmountRatio {
  /** The amount above the line. */
  readonly numerator: Tenge;
  /** The amount below the line. */
  readonly denominator: Tenge;
  /** `numerator / denominator`; `null` when the denominator is zero. */
  readonly value: number | null;
}

/** An amount against the same period of last year. */
export interface AmountChange {
  /** The amount in the report compared. */
  readonly current: Tenge;
  /** The amount a year before. */
  readonly previous: Tenge;
  /** `current − previous`, exact. */
  readonly change: Tenge;
  /** `change` of `previous`; `value` is `null` when `previous` is zero. */
  readonly growth: AmountRatio;
}

/** A rate against the same period of last year: `change` in the rate's value (0.05 is five percentage points), `null` when either is unknown. */
export interface RateChange {
  /** The rate in the report compared. */
  readonly current: Ratio;
  /** The rate a year before. */
  readonly previous: Ratio;
  /** The difference of their values; `null` when either is unknown. */
  readonly change: number | null;
}

/** Each figure of a report section as a change. */
export type FigureChanges<T> = {
  readonly [K in keyof T]: T[K] extends Tenge
    ? AmountChange
    : T[K] extends Ratio
      ? RateChange
      : T[K] extends number
        ? CountChange
        : T[K] extends number | undefined
          ? CountChange
          : FigureChanges<T[K]>;
};

/** Two reports side by side, figure by figure: the year-on-year comparison («өткен жылдың сәйкес кезеңі», АППГ). */
export interface ReportComparison {
  /** The period of the report compared. */
  readonly period: Period;
  /** The period of the report it is compared with. */
  readonly previousPeriod: Period;
  /** The regions both reports cover; `null` for the whole country. */
  readonly regions: readonly RegionCode[] | null;
  /** KPI 3, figure by figure. */
  readonly appeals: FigureChanges<AppealFigures>;
  /** KPI 4, figure by figure. */
  readonly lawsuits: FigureChanges<LawsuitFigures>;
  /** KPI 2, figure by figure. */
  readonly outreach: FigureChanges<OutreachFigures>;
  /** KPI 1, figure by figure. */
  readonly unifiedSystem: FigureChanges<UnifiedSystemFigures>;
}

/** Options of {@link compareReports}. */
export interface CompareReportsOptions {
  /** Compare whatever periods the reports cover, not only the same period of last year. */
  readonly anyPeriod?: boolean | undefined;
}

function isRatio(value: unknown): value is Ratio {
  return (
    typeof value === 'object' && value !== null && 'numerator' in value && 'denominator' in value
  );
}

function countChange(current: number, previous: number): CountChange {
  const change = current - previous;
  return { current, previous, change, growth: ratio(change, previous) };
}

function amountChange(current: Tenge, previous: Tenge): AmountChange {
  const change = current.minus(previous);
  const denominator = previous.toTiyn();
  return {
    current,
    previous,
    change,
    growth: {
      numerator: change,
      denominator: previous,
      value: denominator === 0n ? null : Number(change.toTiyn()) / Number(denominator),
    },
  };
}

function changes(current: unknown, previous: unknown): unknown {
  if (current instanceof Tenge && previous instanceof Tenge) return amountChange(current, previous);
  if (isRatio(current) && isRatio(previous)) {
    const change =
      current.value === null || previous.value === null ? null : current.value - previous.value;
    return { current, previous, change };
  }
  if (typeof current === 'number' || typeof previous === 'number') {
    return countChange(Number(current ?? 0), Number(previous ?? 0));
  }
  const out: Record<string, unknown> = {};
  const a = (current ?? {}) as Record<string, unknown>;
  const b = (previous ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
    out[key] = changes(a[key], b[key]);
  return out;
}

/**
 * Compares a report with the report of the same period of last year (the
 * standard «АППГ» comparison of department reports): for every count and
 * amount `{ current, previous, change, growth }`, `growth` the change over
 * the previous figure as a {@link Ratio} (`null` when last year had none).
 *
 * @throws {@link TutynushyError} `INCOMPATIBLE_REPORTS` when `previous` is
 * not of the same period of last year (unless `anyPeriod`) or covers other
 * regions; `INVALID_ARGUMENT` for a value that is not a report.
 * @example
 * ```ts
 * const activity = (id, date) => ({ schemaVersion: 1, id, kind: 'briefing', date, region: '79' });
 * const now = buildReport({ activities: [activity('O-1', '2024-05-03'), activity('O-2', '2024-05-04')] }, { period: '2024-05' });
 * const then = buildReport({ activities: [activity('O-0', '2023-05-10')] }, { period: '2023-05' });
 * const comparison = compareReports(now, then);
 * comparison.outreach.total.change;       // 1
 * comparison.outreach.total.growth.value; // 1
 * compareReports(now, now); // throws INCOMPATIBLE_REPORTS
 * ```
 */
export function compareReports(
  current: Report,
  previous: Report,
  options?: CompareReportsOptions,
): ReportComparison {
  const { anyPeriod } = readOptions<CompareReportsOptions>(options, 'compareReports', [
    'anyPeriod',
  ]);
  const now = checkReport(current, 'compareReports', 'current');
  const then = checkReport(previous, 'compareReports', 'previous');
  if (anyPeriod !== true) {
    const expected = samePeriodLastYear(now.period);
    if (expected.start !== then.period.start || expected.end !== then.period.end) {
      throw incompatibleReportsError({
        problem: 'notLastYear',
        expected: expected.code,
        received: then.period.code,
      });
    }
  }
  const regions = (r: Report): string => (r.regions === null ? 'all' : r.regions.join(','));
  if (regions(now) !== regions(then)) {
    throw incompatibleReportsError({
      problem: 'regions',
      expected: regions(now),
      received: regions(then),
      index: 1,
    });
  }
  return {
    period: now.period,
    previousPeriod: then.period,
    regions: now.regions,
    appeals: changes(now.appeals, then.appeals) as FigureChanges<AppealFigures>,
    lawsuits: changes(now.lawsuits, then.lawsuits) as FigureChanges<LawsuitFigures>,
    outreach: changes(now.outreach, then.outreach) as FigureChanges<OutreachFigures>,
    unifiedSystem: changes(
      now.unifiedSystem,
      then.unifiedSystem,
    ) as FigureChanges<UnifiedSystemFigures>,
  };
}

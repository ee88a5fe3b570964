import { invalidArgumentError } from '../core/error-factories.js';
import { reportExpectations } from '../core/messages/en/expectations/report.js';
import { received } from '../core/received.js';
import { Tenge } from '../money/tenge.js';
import type { Period } from '../period/period.js';
import type { Report } from './report.js';
import { emptyTally, finishTally } from './tally.js';

/**
 * Checks that a value is a report as {@link buildReport} or
 * {@link parseReport} makes one, as far as merging and comparing read it:
 * stored JSON must be read with parseReport first (its amounts are strings).
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT`.
 * @internal
 */
export function checkReport(value: unknown, fn: string, field: string): Report {
  const r = value as Partial<Report> | null;
  if (
    typeof r === 'object' &&
    r !== null &&
    r.schemaVersion === 1 &&
    typeof r.period?.start === 'string' &&
    typeof r.period.end === 'string' &&
    (r.regions === null || Array.isArray(r.regions)) &&
    r.appeals?.returnedToConsumers instanceof Tenge &&
    r.lawsuits?.recovered instanceof Tenge &&
    r.lawsuits.collected instanceof Tenge &&
    typeof r.outreach?.total === 'number' &&
    typeof r.unifiedSystem?.consumerAccounts === 'number' &&
    typeof r.records?.complaints?.read === 'number' &&
    Array.isArray(r.rejected) &&
    FIGURE_SECTIONS.every((section) => figuresAreCounts(r[section], section))
  ) {
    return r as Report;
  }
  throw invalidArgumentError(
    {
      fn,
      field,
      received: received(value),
      expected: 'report',
    },
    reportExpectations,
  );
}

const FIGURE_SECTIONS = ['appeals', 'lawsuits', 'outreach', 'unifiedSystem', 'records'] as const;

// The figures of a report have the places an empty report has: the same
// groups, the same names, a count where it has a count, an amount where it
// has an amount, a rate where it has a rate. Only `appeals.byRegion` names
// just the regions the report counted.
let template: Report | undefined;
const YEAR = { code: '2024', kind: 'year', start: '2024-01-01', end: '2024-12-31', year: 2024 };

function figuresAreCounts(value: unknown, section: (typeof FIGURE_SECTIONS)[number]): boolean {
  template ??= finishTally(emptyTally(YEAR as Period, null));
  return sameFigures(template[section], value, section);
}

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sameFigures(shape: unknown, value: unknown, path: string): boolean {
  if (typeof shape === 'number') return isCount(value);
  if (shape instanceof Tenge) return value instanceof Tenge;
  if (!isGroup(shape) || !isGroup(value)) return false;
  if (path === 'appeals.byRegion') {
    return Object.entries(value).every(([code, count]) => code in shape && isCount(count));
  }
  if ('numerator' in shape) {
    const rate = value['value'];
    return (
      isCount(value['numerator']) &&
      isCount(value['denominator']) &&
      (rate === null || Number.isFinite(rate))
    );
  }
  const names = Object.keys(shape);
  return (
    Object.keys(value).every((name) => Object.hasOwn(shape, name)) &&
    names.every((name) => sameFigures(shape[name], value[name], `${path}.${name}`))
  );
}

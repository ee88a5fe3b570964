import { invalidArgumentError } from '../core/error-factories.js';
import { reportExpectations } from '../core/messages/en/expectations/report.js';
import { received } from '../core/received.js';
import { Tenge } from '../money/tenge.js';
import type { Report } from './report.js';

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
    FIGURE_SECTIONS.every((section) => figuresAreCounts(r[section], 0))
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

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

// Every figure a merge adds or a render prints: a count, an amount, or a
// rate of two counts, in groups no deeper than a report has them.
function figuresAreCounts(value: unknown, depth: number): boolean {
  if (isCount(value) || value instanceof Tenge) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 3)
    return false;
  const figures = value as Record<string, unknown>;
  if ('numerator' in figures) {
    const rate = figures['value'];
    return (
      isCount(figures['numerator']) &&
      isCount(figures['denominator']) &&
      (rate === null || Number.isFinite(rate))
    );
  }
  return Object.values(figures).every((inner) => figuresAreCounts(inner, depth + 1));
}

import { CHANNEL_KEYS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOME_KEYS } from '../complaint/outcome.js';
import { SECTOR_KEYS } from '../core/sector.js';
import { Tenge } from '../money/tenge.js';
import { OUTREACH_KIND_KEYS } from '../outreach/kind.js';
import { SOCIAL_PLATFORM_KEYS } from '../outreach/platform.js';
import type { Ratio } from './ratio.js';
import type { Report } from './report.js';

// Every figure of a report by its path (`appeals.outcomes.satisfied`), the
// one name a figure has in published aggregates, CSV rows, findings and
// comparisons.

/** What a figure is: a count, an amount of money, or a rate. */
export type FigureType = 'count' | 'amount' | 'rate';

const keysOf = (prefix: string, keys: readonly string[]): string[] =>
  keys.map((key) => `${prefix}.${key}`);

/**
 * The paths of the figures a report has, in the order of its sections (the
 * regions of `appeals.byRegion` are not listed: they depend on the report).
 *
 * @example
 * ```ts
 * REPORT_FIGURES.includes('appeals.outcomes.satisfied'); // true
 * REPORT_FIGURES.includes('outreach.socialByPlatform.instagram'); // true
 * ```
 */
export const REPORT_FIGURES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'appeals.openAtStart',
  'appeals.received',
  'appeals.reviewed',
  ...keysOf('appeals.outcomes', COMPLAINT_OUTCOME_KEYS),
  'appeals.closed',
  'appeals.carriedOver',
  'appeals.returnedToConsumers',
  'appeals.satisfactionRate',
  'appeals.satisfiedOfReviewed',
  'appeals.timelyRate',
  'appeals.viaUnifiedSystem',
  ...keysOf('appeals.byChannel', CHANNEL_KEYS),
  ...keysOf('appeals.bySector', SECTOR_KEYS),
  'lawsuits.participated',
  'lawsuits.asThirdParty',
  'lawsuits.asPlaintiff',
  'lawsuits.decidedForConsumers',
  'lawsuits.recovered',
  'lawsuits.collected',
  'outreach.total',
  ...keysOf('outreach.byKind', OUTREACH_KIND_KEYS),
  ...keysOf('outreach.socialByPlatform', SOCIAL_PLATFORM_KEYS),
  'unifiedSystem.consumerAccounts',
  'unifiedSystem.businessAccounts',
  'unifiedSystem.cumulative.consumerAccounts',
  'unifiedSystem.cumulative.businessAccounts',
  'unifiedSystem.appeals',
]);

const AMOUNTS = new Set([
  'appeals.returnedToConsumers',
  'lawsuits.recovered',
  'lawsuits.collected',
]);
const RATES = new Set([
  'appeals.satisfactionRate',
  'appeals.satisfiedOfReviewed',
  'appeals.timelyRate',
]);

/** Whether a figure path names a count, an amount or a rate. @internal */
export function figureType(path: string): FigureType {
  if (AMOUNTS.has(path)) return 'amount';
  if (RATES.has(path)) return 'rate';
  return 'count';
}

/** A report's figure by its path: a count, a `Tenge`, a `Ratio`, or `undefined` for a path it has not. @internal */
export function figureOf(report: Report, path: string): number | Tenge | Ratio | undefined {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'number' || value instanceof Tenge) return value;
  if (typeof value === 'object' && value !== null && 'numerator' in value) return value as Ratio;
  return undefined;
}

/**
 * The totals a report's figures add up to, each with its parts: what a
 * published aggregate is checked against (a remainder nobody classified,
 * parts that exceed their total).
 *
 * @internal
 */
export const SUMS: readonly { readonly total: string; readonly parts: readonly string[] }[] =
  /* @__PURE__ */ Object.freeze([
    {
      total: 'appeals.reviewed',
      parts: [...keysOf('appeals.outcomes', COMPLAINT_OUTCOME_KEYS), 'appeals.carriedOver'],
    },
    { total: 'appeals.reviewed', parts: ['appeals.openAtStart', 'appeals.received'] },
    { total: 'appeals.closed', parts: keysOf('appeals.outcomes', COMPLAINT_OUTCOME_KEYS) },
    { total: 'appeals.received', parts: keysOf('appeals.byChannel', CHANNEL_KEYS) },
    { total: 'appeals.received', parts: keysOf('appeals.bySector', SECTOR_KEYS) },
    { total: 'outreach.total', parts: keysOf('outreach.byKind', OUTREACH_KIND_KEYS) },
    {
      total: 'outreach.byKind.socialPost',
      parts: keysOf('outreach.socialByPlatform', SOCIAL_PLATFORM_KEYS),
    },
    { total: 'lawsuits.participated', parts: ['lawsuits.asThirdParty', 'lawsuits.asPlaintiff'] },
    { total: 'unifiedSystem.appeals', parts: ['appeals.viaUnifiedSystem'] },
  ]);

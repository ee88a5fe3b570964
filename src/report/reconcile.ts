import { incompatibleReportsError } from '../core/error-factories.js';
import { TutynushyError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { recordParsers } from '../core/record-parse.js';
import { parseTenge } from '../money/parse.js';
import { Tenge } from '../money/tenge.js';
import { parsePeriod } from '../period/parse.js';
import type { Period } from '../period/period.js';
import { checkReport } from './check-report.js';
import { figureOf, figureType, REPORT_FIGURES, SUMS } from './figures.js';
import type { Finding, FindingCode } from './finding.js';
import { findingText } from './finding-text.js';
import type { PublishedPercent, PublishedReport } from './published.js';
import { PublishedReportSchema } from './published-schema.js';
import type { Report } from './report.js';

/** What {@link reconcilePublished} returns. */
export interface Reconciliation {
  /** The period the published aggregate covers. */
  readonly period: Period;
  /** Its region, when it names one. */
  readonly region?: string | undefined;
  /** Every inconsistency found, in the order of the report's figures; empty when the figures add up. */
  readonly findings: readonly Finding[];
}

/** Options of {@link reconcilePublished}. */
export interface ReconcileOptions {
  /** The report computed from the records of the same period (and region), to check each stated figure against. */
  readonly report?: Report | undefined;
}

interface Stated {
  /** A count, or tiyn for an amount. */
  readonly value: number | bigint;
  /** How far the true figure may be from `value` and still print as the text (tiyn for amounts). */
  readonly tolerance: number | bigint;
  readonly text?: string | undefined;
}

const published = /* @__PURE__ */ recordParsers('publishedReport', PublishedReportSchema, {
  versions: [1],
});

const NUMBER_IN_TEXT = /[-−]?\d[\d \u00A0\u202F]*(?:[.,]\d+)?/;

// The first number of a text as printed: «1 902 өтініш» → 1902, «64,4%» → 64.4.
function numberIn(text: string): { value: number; decimals: number } | undefined {
  const match = NUMBER_IN_TEXT.exec(text);
  if (match === null) return undefined;
  const written = match[0]
    .replace(/[ \u00A0\u202F]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  const value = Number(written);
  if (!Number.isFinite(value)) return undefined;
  const point = written.indexOf('.');
  return { value, decimals: point === -1 ? 0 : written.length - point - 1 };
}

function leaf(report: PublishedReport, path: string): unknown {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const SCALED =
  /(^|[\s\d.,])(мың|тыс|тысяч\w*|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*|k|m|mn|mln|million|b|bn|bln|billion|t|tn|trillion)(\.|\s|$)/i;

// A scaled text («72 млн», «6,4 млн») stands for any amount that rounds to
// it: half a unit of its last printed digit, at its scale.
function amountTolerance(text: string, tiyn: bigint): bigint {
  const written = numberIn(text);
  if (written === undefined || written.value === 0 || !SCALED.test(text)) return 0n;
  const tiynPerUnit = Number(tiyn) / written.value;
  return BigInt(Math.round((tiynPerUnit * 10 ** -written.decimals) / 2));
}

function readStated(
  report: PublishedReport,
  path: string,
  findings: Finding[],
): Stated | undefined {
  const given = leaf(report, path);
  if (given === undefined) return undefined;
  const text =
    typeof given === 'object' && given !== null ? (given as { text: string }).text : undefined;
  const value =
    typeof given === 'object' && given !== null ? (given as { value?: unknown }).value : given;
  const unreadable = (): undefined => {
    findings.push(finding('unreadable', path, text ?? String(given), '', { text }));
    return undefined;
  };
  if (figureType(path) === 'amount') {
    try {
      if (value !== undefined) {
        const amount = Tenge.of(value as number | string);
        return { value: amount.toTiyn(), tolerance: 0n, text };
      }
      const amount = parseTenge(text as string);
      return {
        value: amount.toTiyn(),
        tolerance: amountTolerance(text as string, amount.toTiyn()),
        text,
      };
    } catch (error) {
      if (error instanceof TutynushyError) return unreadable();
      throw error;
    }
  }
  if (typeof value === 'number') return { value, tolerance: 0, text };
  const read = text === undefined ? undefined : numberIn(text);
  return read === undefined ? unreadable() : { value: read.value, tolerance: 0, text };
}

function percentOf(
  given: PublishedPercent,
): { value: number; tolerance: number; text?: string } | undefined {
  if (typeof given === 'number') {
    const decimals = String(given).split('.')[1]?.length ?? 0;
    return { value: given, tolerance: 0.5 * 10 ** -decimals + 1e-9 };
  }
  const read =
    given.value !== undefined
      ? { value: given.value, decimals: String(given.value).split('.')[1]?.length ?? 0 }
      : numberIn(given.text);
  if (read === undefined) return undefined;
  return { value: read.value, tolerance: 0.5 * 10 ** -read.decimals + 1e-9, text: given.text };
}

function shown(path: string, value: number | bigint): number | string {
  return figureType(path) === 'amount' ? Tenge.fromTiyn(value as bigint).toString() : Number(value);
}

function finding(
  code: FindingCode,
  path: string,
  stated: number | string,
  computed: number | string,
  extra: Partial<Pick<Finding, 'difference' | 'parts' | 'base' | 'text'>> = {},
): Finding {
  const facts = { code, path, stated, computed, ...extra };
  const clean = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  return Object.freeze({
    ...clean,
    message: findingText(clean as Omit<Finding, 'message'>, 'en'),
  }) as Finding;
}

function checkSums(stated: ReadonlyMap<string, Stated>, findings: Finding[]): void {
  for (const { total, parts } of SUMS) {
    const whole = stated.get(total);
    const given = parts.filter((part) => stated.has(part));
    if (whole === undefined || given.length === 0) continue;
    const sum = given.reduce((acc, part) => acc + Number((stated.get(part) as Stated).value), 0);
    const difference = Number(whole.value) - sum;
    if (difference === 0) continue;
    findings.push(
      finding(
        difference > 0 ? 'partsBelowTotal' : 'partsAboveTotal',
        total,
        Number(whole.value),
        sum,
        {
          difference,
          parts: given,
          text: whole.text,
        },
      ),
    );
  }
}

function sumOfParts(stated: ReadonlyMap<string, Stated>, total: string): number | undefined {
  for (const { total: name, parts } of SUMS) {
    if (name !== total) continue;
    const given = parts.filter((part) => stated.has(part));
    if (given.length >= 2)
      return given.reduce((acc, part) => acc + Number((stated.get(part) as Stated).value), 0);
  }
  return undefined;
}

function checkPercentages(
  report: PublishedReport,
  stated: ReadonlyMap<string, Stated>,
  findings: Finding[],
): void {
  for (const { of, base, value } of report.percentages ?? []) {
    const percent = percentOf(value);
    const share = stated.get(of);
    if (percent === undefined || share === undefined) {
      findings.push(
        finding('unreadable', of, typeof value === 'number' ? value : value.text, '', {}),
      );
      continue;
    }
    const matches = (denominator: number | undefined): boolean =>
      denominator !== undefined &&
      denominator > 0 &&
      Math.abs((100 * Number(share.value)) / denominator - percent.value) <= percent.tolerance;
    const claimed = stated.get(base);
    if (claimed !== undefined && matches(Number(claimed.value))) continue;
    const candidates: [string, number | undefined][] = [
      [`sum:${base}`, sumOfParts(stated, base)],
      ...[...stated]
        .filter(([path]) => path !== base && figureType(path) === 'count')
        .map(([path, figure]): [string, number] => [path, Number(figure.value)]),
    ];
    const other = candidates.find(([, denominator]) => matches(denominator));
    const computed =
      claimed === undefined || Number(claimed.value) === 0
        ? ''
        : round((100 * Number(share.value)) / Number(claimed.value));
    if (other !== undefined) {
      findings.push(
        finding('percentageOtherBase', of, percent.value, computed, {
          base: other[0],
          text: percent.text,
        }),
      );
    } else {
      findings.push(
        finding('percentageNoBase', of, percent.value, computed, { base, text: percent.text }),
      );
    }
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;

function countOf(given: unknown): number | undefined {
  if (typeof given === 'number') return given;
  if (typeof given === 'object' && given !== null) {
    const { value, text } = given as { value?: number; text: string };
    return value ?? numberIn(text)?.value;
  }
  return undefined;
}

function checkGrowth(
  report: PublishedReport,
  stated: ReadonlyMap<string, Stated>,
  findings: Finding[],
): void {
  for (const growth of report.growth ?? []) {
    const current =
      countOf(growth.current) ??
      (stated.has(growth.figure) ? Number(stated.get(growth.figure)?.value) : undefined);
    const previous = countOf(growth.previous);
    if (current === undefined || previous === undefined) continue;
    const change = current - previous;
    const statedChange = countOf(growth.change);
    if (statedChange !== undefined && statedChange !== change) {
      findings.push(
        finding('growthMismatch', growth.figure, statedChange, change, { base: 'change' }),
      );
    }
    const percent = growth.percent === undefined ? undefined : percentOf(growth.percent);
    if (percent === undefined) continue;
    const bases: [string, number | undefined][] = [
      ['previous', previous === 0 ? undefined : (100 * change) / previous],
      ['current', current === 0 ? undefined : (100 * change) / current],
      ['ratio', previous === 0 ? undefined : (100 * current) / previous],
    ];
    const matching = bases.find(
      ([, value]) => value !== undefined && Math.abs(value - percent.value) <= percent.tolerance,
    );
    if (matching?.[0] === 'previous') continue;
    const computed = bases[0]?.[1] === undefined ? '' : round(bases[0][1]);
    findings.push(
      matching === undefined
        ? finding('growthMismatch', growth.figure, percent.value, computed, { text: percent.text })
        : finding('growthOtherBase', growth.figure, percent.value, computed, {
            base: matching[0],
            text: percent.text,
          }),
    );
  }
}

// The totals found to differ from their stated parts, each with the sums of
// those parts.
function partSums(findings: readonly Finding[]): Map<string, Set<number>> {
  const sums = new Map<string, Set<number>>();
  for (const { code, path, computed } of findings) {
    if (code !== 'partsBelowTotal' && code !== 'partsAboveTotal') continue;
    const known = sums.get(path) ?? new Set<number>();
    known.add(Number(computed));
    sums.set(path, known);
  }
  return sums;
}

function checkRecords(
  report: Report,
  stated: ReadonlyMap<string, Stated>,
  findings: Finding[],
): void {
  const partsOf = partSums(findings);
  for (const [path, figure] of stated) {
    const computed = figureOf(report, path);
    if (computed === undefined || figureType(path) === 'rate') continue;
    const value = computed instanceof Tenge ? computed.toTiyn() : (computed as number);
    // A total already found to differ from its parts, which the records
    // give as those parts' sum, is the same discrepancy: said once.
    if (typeof value === 'number' && partsOf.get(path)?.has(value) === true) continue;
    const difference =
      typeof value === 'bigint' ? (figure.value as bigint) - value : Number(figure.value) - value;
    const off =
      typeof difference === 'bigint'
        ? (difference < 0n ? -difference : difference) > (figure.tolerance as bigint)
        : Math.abs(difference) > Number(figure.tolerance);
    if (!off) continue;
    findings.push(
      finding('differsFromRecords', path, shown(path, figure.value), shown(path, value), {
        difference: shown(path, difference),
        text: figure.text,
      }),
    );
  }
}

/**
 * Checks a published aggregate — possibly inconsistent, as published
 * figures often are — and returns what does not add up, as data: parts that
 * do not sum to their total (either way), percentages that are a share of
 * another base than the one they claim or of none, growth that does not
 * follow from the stated figures (and the base it does follow from, such as
 * (541 − 320) / 541), and, given the report of the records, every stated
 * figure the records disagree with (a rounded amount such as «72 млн» agrees
 * with any amount that prints so; a total whose stated parts the records
 * confirm is reported once, as parts that do not add up to it).
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` for published figures
 * that are not in the shape of {@link PublishedReportSchema},
 * `INVALID_PERIOD` for a bad period, `INCOMPATIBLE_REPORTS` for a report of
 * another period or region.
 * @example
 * ```ts
 * const { findings } = reconcilePublished({
 *   period: '2024-01/2024-05', region: '79',
 *   outreach: { total: 2165, byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 } },
 * });
 * findings.map((f) => [f.code, f.stated, f.computed, f.difference]); // [['partsBelowTotal', 2165, 2156, 9]]
 * findings[0]?.message; // 'outreach.total: stated 2165, but its parts sum to 2156: 9 unexplained'
 * ```
 */
export function reconcilePublished(input: unknown, options?: ReconcileOptions): Reconciliation {
  const { report } = readOptions<ReconcileOptions>(options, 'reconcilePublished', ['report']);
  const given = published.parse(input);
  const period = parsePeriod(given.period);
  const findings: Finding[] = [];
  const stated = new Map<string, Stated>();
  for (const path of REPORT_FIGURES) {
    const figure = readStated(given, path, findings);
    if (figure !== undefined) stated.set(path, figure);
  }
  checkSums(stated, findings);
  checkPercentages(given, stated, findings);
  checkGrowth(given, stated, findings);
  if (report !== undefined) {
    const computed = checkReport(report, 'reconcilePublished', 'report');
    if (computed.period.start !== period.start || computed.period.end !== period.end) {
      throw incompatibleReportsError({
        problem: 'period',
        expected: period.code,
        received: computed.period.code,
        index: 0,
      });
    }
    const regions = computed.regions === null ? 'all' : computed.regions.join(',');
    if (given.region !== undefined && regions !== given.region) {
      throw incompatibleReportsError({
        problem: 'regions',
        expected: given.region,
        received: regions,
        index: 0,
      });
    }
    checkRecords(computed, stated, findings);
  }
  return Object.freeze({
    period,
    ...(given.region === undefined ? {} : { region: given.region }),
    findings: Object.freeze(findings),
  });
}

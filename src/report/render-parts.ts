import { CHANNEL_KEYS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOME_KEYS, type ComplaintOutcome } from '../complaint/outcome.js';
import type { Locale } from '../core/labels.js';
import { label } from '../core/labels.js';
import { OUTREACH_KIND_KEYS, OUTREACH_KINDS } from '../outreach/kind.js';
import { SOCIAL_PLATFORM_KEYS, SOCIAL_PLATFORMS } from '../outreach/platform.js';
import { formatPeriod } from '../period/format.js';
import { regionByCode } from '../regions/lookup.js';
import type { ReportComparison } from './compare.js';
import type { Finding } from './finding.js';
import type { Report } from './report.js';

// What every language's text shares: which figures a press release names,
// in which order, and the facts that decide a sentence (a zero is left out;
// the period's phrase and the place lead).

/** What a rendering may add to a report: the year-on-year comparison and reconciliation findings. */
export interface RenderExtras {
  readonly comparison?: ReportComparison | undefined;
  readonly findings?: readonly Finding[] | undefined;
}

/** Outcomes that happened, in the published order, with their counts. @internal */
export function outcomesOf(report: Report): [ComplaintOutcome, number][] {
  return COMPLAINT_OUTCOME_KEYS.map((key): [ComplaintOutcome, number] => [
    key,
    report.appeals.outcomes[key],
  ]).filter(([, n]) => n > 0);
}

/**
 * A label as it reads inside a sentence: its first letter in lower case,
 * unless its first word is an abbreviation («БАҚ-та сөз сөйлеу» stays).
 *
 * @internal
 */
export function inSentence(text: string, locale: Locale): string {
  const first = /^[\p{Lu}]{2,}/u.test(text) ? '' : text.charAt(0).toLocaleLowerCase(locale);
  return first === '' ? text : first + text.slice(1);
}

/** Outreach kinds that happened, each with its label in the language, as inside a sentence. @internal */
export function kindsOf(report: Report, locale: Locale): [string, number, string][] {
  return OUTREACH_KIND_KEYS.filter((kind) => report.outreach.byKind[kind] > 0).map((kind) => [
    kind,
    report.outreach.byKind[kind],
    inSentence(label(OUTREACH_KINDS[kind], locale), locale),
  ]);
}

/**
 * The department's role in every lawsuit it took part in, when it was the
 * same in all: the text then says «as a third party» once instead of «of
 * them, 9 as a third party» (and no plaintiff line with a zero).
 *
 * @internal
 */
export function soleLawsuitRole(report: Report): 'thirdParty' | 'plaintiff' | undefined {
  const { participated, asThirdParty, asPlaintiff } = report.lawsuits;
  if (participated === 0) return undefined;
  if (asThirdParty === participated) return 'thirdParty';
  return asPlaintiff === participated ? 'plaintiff' : undefined;
}

/** Social platforms with posts, by their names. @internal */
export function platformsOf(report: Report, locale: Locale): [string, number][] {
  return SOCIAL_PLATFORM_KEYS.filter((p) => report.outreach.socialByPlatform[p] > 0).map((p) => [
    label(SOCIAL_PLATFORMS[p], locale),
    report.outreach.socialByPlatform[p],
  ]);
}

/** Channels appeals came through, by count. @internal */
export function channelsOf(report: Report): [string, number][] {
  return CHANNEL_KEYS.map((c): [string, number] => [c, report.appeals.byChannel[c]])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** The place a report covers: one region's name, several names, or the whole country. @internal */
export function placeOf(report: Report, locale: Locale): string {
  if (report.regions === null) {
    return { kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан', en: 'Kazakhstan' }[locale];
  }
  const names = report.regions.map((code) => label(regionByCode(code).name, locale)).join(', ');
  return names.charAt(0).toLocaleUpperCase(locale) + names.slice(1);
}

/** The period as the text's lead phrase, with a capital: «2024 жылдың 5 айында», «За 5 месяцев 2024 года». @internal */
export function periodLead(report: Report, locale: Locale): string {
  const phrase = formatPeriod(report.period, locale);
  return phrase.charAt(0).toLocaleUpperCase(locale) + phrase.slice(1);
}

/**
 * The period as a heading names it, in the statistics style: «2024 жылғы
 * қаңтар–мамыр», «январь–май 2024 года», «January–May 2024»; a run of days
 * by its first and last day.
 *
 * @internal
 */
export function periodHeading(report: Report, locale: Locale): string {
  const phrase = formatPeriod(report.period, locale, { style: 'statistics' });
  return phrase.charAt(0).toLocaleUpperCase(locale) + phrase.slice(1);
}

/** Whether the period is made of whole months (its leftover appeals go «to the next month»). @internal */
export function monthAligned(report: Report): boolean {
  return report.period.kind !== 'dayRange';
}

/** The figures a comparison line names, in order. @internal */
export const COMPARED = Object.freeze([
  'appeals.reviewed',
  'appeals.received',
  'appeals.outcomes.satisfied',
  'appeals.returnedToConsumers',
  'appeals.viaUnifiedSystem',
  'outreach.total',
  'lawsuits.participated',
  'lawsuits.decidedForConsumers',
  'unifiedSystem.consumerAccounts',
  'unifiedSystem.businessAccounts',
] as const);

/** A figure's change in a comparison, by its path. @internal */
export function changeOf(
  comparison: ReportComparison,
  path: string,
):
  | { current: unknown; previous: unknown; change: unknown; growth: { value: number | null } }
  | undefined {
  let value: unknown = comparison;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'object' && value !== null && 'growth' in value
    ? (value as ReturnType<typeof changeOf>)
    : undefined;
}

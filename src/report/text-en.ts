import { CHANNELS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOMES } from '../complaint/outcome.js';
import { formatError } from '../core/format-error.js';
import { label } from '../core/labels.js';
import { Tenge } from '../money/tenge.js';
import { formatPeriod } from '../period/format.js';
import { REPORT_KPIS, reportFigureLabel } from './figure-labels.js';
import { findingText } from './finding-text.js';
import { changeText, countText, figureText, moneyText, percentText } from './render-numbers.js';
import {
  COMPARED,
  changeOf,
  channelsOf,
  kindsOf,
  monthAligned,
  outcomesOf,
  periodHeading,
  placeOf,
  platformsOf,
  type RenderExtras,
  soleLawsuitRole,
} from './render-parts.js';
import type { Report } from './report.js';

// The report in English, in the order of the four KPIs.

const n = (value: number): string => countText(value, 'en');
const counted = (value: number, one: string, many: string): string =>
  `${n(value)} ${value === 1 ? one : many}`;

function unifiedSystem(report: Report, lead: string): string {
  const { consumerAccounts, businessAccounts, appeals } = report.unifiedSystem;
  return `${lead}, ${counted(consumerAccounts, 'user', 'users')} and ${counted(businessAccounts, 'business entity', 'business entities')} registered in the unified information system, and ${counted(appeals, 'appeal', 'appeals')} came through it.`;
}

function outreach(report: Report, lead: string): string {
  const parts = kindsOf(report, 'en').map(([kind, count, name]) => {
    const platforms = kind === 'socialPost' ? platformsOf(report, 'en') : [];
    const detail =
      platforms.length === 0 ? '' : ` (${platforms.map(([p, c]) => `${p} ${n(c)}`).join(', ')})`;
    return `${name} – ${n(count)}${detail}`;
  });
  const list = parts.length === 0 ? '' : `: ${parts.join(', ')}`;
  return `${lead}, ${counted(report.outreach.total, 'outreach activity was', 'outreach activities were')} held${list}.`;
}

function quality(report: Report, lead: string): string {
  const { appeals } = report;
  const lines = [`${lead}, ${counted(appeals.reviewed, 'appeal was', 'appeals were')} reviewed:`];
  for (const [outcome, count] of outcomesOf(report)) {
    lines.push(`${label(COMPLAINT_OUTCOMES[outcome], 'en')} – ${n(count)};`);
  }
  const next = monthAligned(report)
    ? 'carried over to next month'
    : 'carried over to the next period';
  lines.push(`${next} – ${n(appeals.carriedOver)}.`);
  if (!appeals.returnedToConsumers.isZero()) {
    lines.push(`Money returned to consumers: ${moneyText(appeals.returnedToConsumers, 'en')}.`);
  }
  if (appeals.closed > 0) {
    lines.push(
      `Closed on time: ${percentText(appeals.timelyRate.value, 'en')}; satisfied of closed: ${percentText(appeals.satisfactionRate.value, 'en')}.`,
    );
  }
  const channels = channelsOf(report);
  if (channels.length > 0) {
    const list = channels.map(
      ([c, count]) => `${label(CHANNELS[c as keyof typeof CHANNELS], 'en')} ${n(count)}`,
    );
    lines.push(`By channel: ${list.join(', ')}.`);
  }
  return lines.join('\n');
}

function lawsuits(report: Report, lead: string): string {
  const l = report.lawsuits;
  const roles = [
    l.asThirdParty > 0 ? `${n(l.asThirdParty)} as a third party` : '',
    l.asPlaintiff > 0 ? `${n(l.asPlaintiff)} as plaintiff` : '',
  ].filter((part) => part !== '');
  const which = roles.length === 0 ? '' : `, ${roles.join(' and ')}`;
  const role = soleLawsuitRole(report);
  const how =
    role === undefined
      ? which
      : `, ${l.participated === 1 ? '' : 'all '}${role === 'thirdParty' ? 'as a third party' : 'as plaintiff'}`;
  // A sentence never starts with a numeral.
  const decided =
    l.decidedForConsumers === 0 ? 'no case' : counted(l.decidedForConsumers, 'case', 'cases');
  const sentences = [
    `${lead}, the department took part in court sessions on ${counted(l.participated, 'lawsuit', 'lawsuits')}${how}.`,
    `The courts decided ${decided} in consumers' favour${l.recovered.isZero() ? '' : `, awarding ${moneyText(l.recovered, 'en')}`}.`,
  ];
  if (!l.collected.isZero())
    sentences.push(`In fact, ${moneyText(l.collected, 'en')} was collected.`);
  return sentences.join(' ');
}

function comparisonLines(extras: RenderExtras): string[] {
  const { comparison } = extras;
  if (comparison === undefined) return [];
  const lines = ['Compared with the same period of last year'];
  for (const path of COMPARED) {
    const change = changeOf(comparison, path);
    if (change === undefined) continue;
    const growth = percentText(change.growth.value, 'en', true);
    const { current, previous } = change;
    if (current instanceof Tenge && previous instanceof Tenge) {
      const delta = change.change as Tenge;
      const shown = delta.isNegative()
        ? `−${moneyText(delta.negate(), 'en')}`
        : `+${moneyText(delta, 'en')}`;
      lines.push(
        `– ${reportFigureLabel(path, 'en')}: ${moneyText(current, 'en')} against ${moneyText(previous, 'en')} (${shown}, ${growth})`,
      );
    } else {
      lines.push(
        `– ${reportFigureLabel(path, 'en')}: ${n(current as number)} against ${n(previous as number)} (${changeText(change.change as number, 'en')}, ${growth})`,
      );
    }
  }
  return lines;
}

/** The English text of a report. @internal */
export function englishText(report: Report, extras: RenderExtras): string {
  const lead = `In ${formatPeriod(report.period, 'en')}`;
  const sections = [
    `${placeOf(report, 'en')}\n${periodHeading(report, 'en')}`,
    `1. ${REPORT_KPIS.unifiedSystem.en}\n${unifiedSystem(report, lead)}`,
    `2. ${REPORT_KPIS.outreach.en}\n${outreach(report, lead)}`,
    `3. ${REPORT_KPIS.quality.en}\n${quality(report, lead)}`,
    `4. ${REPORT_KPIS.lawsuits.en}\n${lawsuits(report, lead)}`,
  ];
  const compared = comparisonLines(extras);
  if (compared.length > 0) sections.push(compared.join('\n'));
  if (extras.findings !== undefined && extras.findings.length > 0) {
    sections.push(
      [
        'Reconciliation with published figures',
        ...extras.findings.map(
          (f) =>
            `– ${findingText(
              f,
              'en',
              (path) => reportFigureLabel(path, 'en'),
              (value) => figureText(value, 'en'),
            )}`,
        ),
      ].join('\n'),
    );
  }
  if (report.rejected.length > 0) {
    const total = Object.values(report.records).reduce((sum, c) => sum + c.rejected, 0);
    sections.push(
      [
        `Records refused: ${n(total)}`,
        ...report.rejected
          .slice(0, 20)
          .map(
            (r) =>
              `– ${r.source === undefined ? '' : `${r.source}, `}#${r.index + 1}${r.id === undefined ? '' : ` (${r.id})`}: ${formatError(r.error, 'en')}`,
          ),
      ].join('\n'),
    );
  }
  if (report.provisional) {
    sections.push(
      'Note: some deadlines rest on a provisional (not yet confirmed) working-day calendar.',
    );
  }
  return `${sections.join('\n\n')}\n`;
}

import { CHANNELS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOMES } from '../complaint/outcome.js';
import { formatError } from '../core/format-error.js';
import { label } from '../core/labels.js';
import { type RussianForms, russianPlural } from '../core/plural.js';
import { Tenge } from '../money/tenge.js';
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
  periodLead,
  placeOf,
  platformsOf,
  type RenderExtras,
  soleLawsuitRole,
} from './render-parts.js';
import type { Report } from './report.js';

// The report as a Russian-language department report writes it: section by
// section in the order of the four KPIs, nouns after numerals by the Russian
// plural rule («1902 обращения», «по 9 искам»).

const n = (value: number): string => countText(value, 'ru');
const counted = (value: number, forms: RussianForms): string =>
  `${n(value)} ${russianPlural(value, forms)}`;

const USERS: RussianForms = { one: 'пользователь', few: 'пользователя', many: 'пользователей' };
const BUSINESSES: RussianForms = {
  one: 'субъект предпринимательства',
  few: 'субъекта предпринимательства',
  many: 'субъектов предпринимательства',
};
const APPEALS: RussianForms = { one: 'обращение', few: 'обращения', many: 'обращений' };
const ACTIVITIES: RussianForms = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' };
const LAWSUITS_DATIVE: RussianForms = { one: 'иску', few: 'искам', many: 'искам' };
const CASES: RussianForms = { one: 'дело', few: 'дела', many: 'дел' };

function unifiedSystem(report: Report, lead: string): string {
  const { consumerAccounts, businessAccounts, appeals } = report.unifiedSystem;
  return `${lead} в единой информационной системе зарегистрировано ${counted(consumerAccounts, USERS)} и ${counted(businessAccounts, BUSINESSES)}, через систему поступило ${counted(appeals, APPEALS)}.`;
}

function outreach(report: Report, lead: string): string {
  const parts = kindsOf(report, 'ru').map(([kind, count, name]) => {
    const platforms = kind === 'socialPost' ? platformsOf(report, 'ru') : [];
    const detail =
      platforms.length === 0 ? '' : ` (${platforms.map(([p, c]) => `${p} – ${n(c)}`).join(', ')})`;
    return `${name} – ${n(count)}${detail}`;
  });
  const list = parts.length === 0 ? '' : `, из них: ${parts.join(', ')}`;
  return `${lead} проведено ${counted(report.outreach.total, ACTIVITIES)} информационно-разъяснительной работы${list}.`;
}

function quality(report: Report, lead: string): string {
  const { appeals } = report;
  const lines = [`${lead} рассмотрено ${counted(appeals.reviewed, APPEALS)}, из них:`];
  for (const [outcome, count] of outcomesOf(report)) {
    lines.push(`${label(COMPLAINT_OUTCOMES[outcome], 'ru')} – ${n(count)};`);
  }
  const next = monthAligned(report)
    ? 'перенесено на следующий месяц'
    : 'перенесено на следующий период';
  lines.push(`${next} – ${n(appeals.carriedOver)}.`);
  if (!appeals.returnedToConsumers.isZero()) {
    lines.push(`Потребителям возвращено ${moneyText(appeals.returnedToConsumers, 'ru')}.`);
  }
  if (appeals.closed > 0) {
    lines.push(
      `Доля рассмотренных в срок – ${percentText(appeals.timelyRate.value, 'ru')}, доля удовлетворённых – ${percentText(appeals.satisfactionRate.value, 'ru')}.`,
    );
  }
  const channels = channelsOf(report);
  if (channels.length > 0) {
    const list = channels.map(
      ([c, count]) => `${label(CHANNELS[c as keyof typeof CHANNELS], 'ru')} – ${n(count)}`,
    );
    lines.push(`По каналам поступления: ${list.join(', ')}.`);
  }
  return lines.join('\n');
}

function lawsuits(report: Report, lead: string): string {
  const l = report.lawsuits;
  const roles = [
    l.asThirdParty > 0 ? `${n(l.asThirdParty)} – в качестве третьего лица` : '',
    l.asPlaintiff > 0 ? `${n(l.asPlaintiff)} – в качестве истца` : '',
  ].filter((part) => part !== '');
  const which = roles.length === 0 ? '' : `, из них ${roles.join(', ')}`;
  const role = soleLawsuitRole(report);
  const how =
    role === undefined ? which : ` в качестве ${role === 'thirdParty' ? 'третьего лица' : 'истца'}`;
  const sentences = [
    `${lead} принято участие в судебных заседаниях по ${counted(l.participated, LAWSUITS_DATIVE)}${how}.`,
    `В пользу потребителей решено ${counted(l.decidedForConsumers, CASES)}${l.recovered.isZero() ? '' : `, взыскано ${moneyText(l.recovered, 'ru')}`}.`,
  ];
  if (!l.collected.isZero()) sentences.push(`Фактически взыскано ${moneyText(l.collected, 'ru')}.`);
  return sentences.join(' ');
}

function comparisonLines(extras: RenderExtras): string[] {
  const { comparison } = extras;
  if (comparison === undefined) return [];
  const lines = ['Сравнение с аналогичным периодом прошлого года'];
  for (const path of COMPARED) {
    const change = changeOf(comparison, path);
    if (change === undefined) continue;
    const growth = percentText(change.growth.value, 'ru', true);
    const { current, previous } = change;
    if (current instanceof Tenge && previous instanceof Tenge) {
      const delta = change.change as Tenge;
      const shown = delta.isNegative()
        ? `−${moneyText(delta.negate(), 'ru')}`
        : `+${moneyText(delta, 'ru')}`;
      lines.push(
        `– ${reportFigureLabel(path, 'ru')}: ${moneyText(current, 'ru')} против ${moneyText(previous, 'ru')} (${shown}, ${growth})`,
      );
    } else {
      lines.push(
        `– ${reportFigureLabel(path, 'ru')}: ${n(current as number)} против ${n(previous as number)} (${changeText(change.change as number, 'ru')}, ${growth})`,
      );
    }
  }
  return lines;
}

/** The Russian text of a report. @internal */
export function russianText(report: Report, extras: RenderExtras): string {
  const lead = periodLead(report, 'ru');
  const sections = [
    `${placeOf(report, 'ru')}\n${periodHeading(report, 'ru')}`,
    `1. ${REPORT_KPIS.unifiedSystem.ru}\n${unifiedSystem(report, lead)}`,
    `2. ${REPORT_KPIS.outreach.ru}\n${outreach(report, lead)}`,
    `3. ${REPORT_KPIS.quality.ru}\n${quality(report, lead)}`,
    `4. ${REPORT_KPIS.lawsuits.ru}\n${lawsuits(report, lead)}`,
  ];
  const compared = comparisonLines(extras);
  if (compared.length > 0) sections.push(compared.join('\n'));
  if (extras.findings !== undefined && extras.findings.length > 0) {
    sections.push(
      [
        'Сверка с опубликованными показателями',
        ...extras.findings.map(
          (f) =>
            `– ${findingText(
              f,
              'ru',
              (path) => reportFigureLabel(path, 'ru'),
              (value) => figureText(value, 'ru'),
            )}`,
        ),
      ].join('\n'),
    );
  }
  if (report.rejected.length > 0) {
    const total = Object.values(report.records).reduce((sum, c) => sum + c.rejected, 0);
    sections.push(
      [
        `Отклонено записей: ${n(total)}`,
        ...report.rejected
          .slice(0, 20)
          .map(
            (r) =>
              `– ${r.source === undefined ? '' : `${r.source}, `}№${r.index + 1}${r.id === undefined ? '' : ` (${r.id})`}: ${formatError(r.error, 'ru')}`,
          ),
      ].join('\n'),
    );
  }
  if (report.provisional) {
    sections.push(
      'Примечание: часть сроков рассчитана по предварительному (ещё не подтверждённому) производственному календарю.',
    );
  }
  return `${sections.join('\n\n')}\n`;
}

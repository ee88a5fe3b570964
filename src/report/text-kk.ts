import { CHANNELS } from '../complaint/channel.js';
import { COMPLAINT_OUTCOMES } from '../complaint/outcome.js';
import { formatError } from '../core/format-error.js';
import { kazakhEnding, lastSpokenKazakhWord } from '../core/kazakh-suffix.js';
import { label } from '../core/labels.js';
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

// The report as a Kazakh department's press release writes it: section by
// section in the order of the four KPIs. A noun after a numeral does not
// change in Kazakh («1902 өтініш»); an ending after a number in digits
// follows the number's last spoken word («320-дан 541-ге»).

const n = (value: number): string => countText(value, 'kk');

function withEnding(value: number, kazakhCase: 'ablative' | 'dative'): string {
  return `${n(value)}-${kazakhEnding(lastSpokenKazakhWord(value), kazakhCase)}`;
}

function moneyWithEnding(amount: Tenge, kazakhCase: 'ablative' | 'dative'): string {
  return `${moneyText(amount, 'kk')}${kazakhEnding('теңге', kazakhCase)}`;
}

function unifiedSystem(report: Report, lead: string): string {
  const { consumerAccounts, businessAccounts, appeals } = report.unifiedSystem;
  return `${lead} бірыңғай ақпараттық жүйеде ${n(consumerAccounts)} пайдаланушы және ${n(businessAccounts)} кәсіпкерлік субъектісі тіркелді, жүйе арқылы ${n(appeals)} өтініш түсті.`;
}

function outreach(report: Report, lead: string): string {
  const parts = kindsOf(report, 'kk').map(([kind, count, name]) => {
    const platforms = kind === 'socialPost' ? platformsOf(report, 'kk') : [];
    const detail =
      platforms.length === 0 ? '' : ` (${platforms.map(([p, c]) => `${p} – ${n(c)}`).join(', ')})`;
    return `${name} – ${n(count)}${detail}`;
  });
  const list = parts.length === 0 ? '' : `, оның ішінде: ${parts.join(', ')}`;
  return `${lead} барлығы ${n(report.outreach.total)} ақпараттық-түсіндіру іс-шарасы өткізілді${list}.`;
}

function quality(report: Report, lead: string): string {
  const { appeals } = report;
  const lines = [`${lead} қаралған өтініштердің жалпы саны – ${n(appeals.reviewed)}, оның ішінде:`];
  const outcomes = outcomesOf(report);
  outcomes.forEach(([outcome, count], i) => {
    const name = label(COMPLAINT_OUTCOMES[outcome], 'kk');
    const text = i === 0 ? `${name.charAt(0).toLocaleUpperCase('kk')}${name.slice(1)}` : name;
    lines.push(`${text} – ${n(count)}${i === 0 ? ' өтініш' : ''};`);
  });
  const next = monthAligned(report) ? 'келесі айға көшті' : 'келесі кезеңге көшті';
  lines.push(
    `${outcomes.length === 0 ? 'Қаралуда қалды, ' : ''}${next} – ${n(appeals.carriedOver)}.`,
  );
  if (!appeals.returnedToConsumers.isZero()) {
    lines.push(
      `Тұтынушыларға ${moneyText(appeals.returnedToConsumers, 'kk')} сомасында ақшалай қаражат қайтарылды.`,
    );
  }
  if (appeals.closed > 0) {
    lines.push(
      `Мерзімінде қаралғандардың үлесі – ${percentText(appeals.timelyRate.value, 'kk')}, қанағаттандырылғандардың үлесі – ${percentText(appeals.satisfactionRate.value, 'kk')}.`,
    );
  }
  const channels = channelsOf(report);
  if (channels.length > 0) {
    const list = channels.map(
      ([c, count]) => `${label(CHANNELS[c as keyof typeof CHANNELS], 'kk')} – ${n(count)}`,
    );
    lines.push(`Түсу арналары бойынша: ${list.join(', ')}.`);
  }
  return lines.join('\n');
}

function lawsuits(report: Report, lead: string): string {
  const l = report.lawsuits;
  const roles = [
    l.asThirdParty > 0 ? `${n(l.asThirdParty)} – үшінші тұлға ретінде` : '',
    l.asPlaintiff > 0 ? `${n(l.asPlaintiff)} – талапкер ретінде` : '',
  ].filter((part) => part !== '');
  const which = roles.length === 0 ? '' : `, оның ішінде ${roles.join(', ')}`;
  const role = soleLawsuitRole(report);
  const sentences = [
    role === undefined
      ? `${lead} ${n(l.participated)} сот ісі бойынша сот отырыстарына қатысты${which}.`
      : `${lead} ${n(l.participated)} сот ісі бойынша сот отырыстарына ${role === 'thirdParty' ? 'үшінші тұлға' : 'талапкер'} ретінде қатысты.`,
  ];
  sentences.push(
    `${n(l.decidedForConsumers)} іс тұтынушылардың пайдасына шешілді${l.recovered.isZero() ? '' : `, ${moneyText(l.recovered, 'kk')} өндірілді`}.`,
  );
  if (!l.collected.isZero())
    sentences.push(`Іс жүзінде ${moneyText(l.collected, 'kk')} өндіріліп алынды.`);
  return sentences.join(' ');
}

function comparisonLines(extras: RenderExtras): string[] {
  const { comparison } = extras;
  if (comparison === undefined) return [];
  const lines = ['Өткен жылдың сәйкес кезеңімен салыстыру'];
  for (const path of COMPARED) {
    const change = changeOf(comparison, path);
    if (change === undefined) continue;
    const growth = percentText(change.growth.value, 'kk', true);
    const { current, previous } = change;
    if (current instanceof Tenge && previous instanceof Tenge) {
      const delta = (change.change as Tenge).isNegative()
        ? `−${moneyText((change.change as Tenge).negate(), 'kk')}`
        : `+${moneyText(change.change as Tenge, 'kk')}`;
      lines.push(
        `– ${reportFigureLabel(path, 'kk')}: ${moneyWithEnding(previous, 'ablative')} ${moneyWithEnding(current, 'dative')} дейін (${delta}, ${growth})`,
      );
    } else {
      lines.push(
        `– ${reportFigureLabel(path, 'kk')}: ${withEnding(previous as number, 'ablative')} ${withEnding(current as number, 'dative')} дейін (${changeText(change.change as number, 'kk')}, ${growth})`,
      );
    }
  }
  return lines;
}

/** The Kazakh text of a report. @internal */
export function kazakhText(report: Report, extras: RenderExtras): string {
  const lead = periodLead(report, 'kk');
  const sections = [
    `${placeOf(report, 'kk')}\n${periodHeading(report, 'kk')}`,
    `1. ${REPORT_KPIS.unifiedSystem.kk}\n${unifiedSystem(report, lead)}`,
    `2. ${REPORT_KPIS.outreach.kk}\n${outreach(report, lead)}`,
    `3. ${REPORT_KPIS.quality.kk}\n${quality(report, lead)}`,
    `4. ${REPORT_KPIS.lawsuits.kk}\n${lawsuits(report, lead)}`,
  ];
  const compared = comparisonLines(extras);
  if (compared.length > 0) sections.push(compared.join('\n'));
  if (extras.findings !== undefined && extras.findings.length > 0) {
    sections.push(
      [
        'Жарияланған көрсеткіштермен салыстыру',
        ...extras.findings.map(
          (f) =>
            `– ${findingText(
              f,
              'kk',
              (path) => reportFigureLabel(path, 'kk'),
              (value) => figureText(value, 'kk'),
            )}`,
        ),
      ].join('\n'),
    );
  }
  if (report.rejected.length > 0) {
    const total = Object.values(report.records).reduce((sum, c) => sum + c.rejected, 0);
    sections.push(
      [
        `Қабылданбаған жазбалар: ${n(total)}`,
        ...report.rejected
          .slice(0, 20)
          .map(
            (r) =>
              `– ${r.source === undefined ? '' : `${r.source}, `}№${r.index + 1}${r.id === undefined ? '' : ` (${r.id})`}: ${formatError(r.error, 'kk')}`,
          ),
      ].join('\n'),
    );
  }
  if (report.provisional) {
    sections.push(
      'Ескерту: кейбір мерзімдер әлі расталмаған (болжамды) жұмыс күнтізбесі бойынша есептелді.',
    );
  }
  return `${sections.join('\n\n')}\n`;
}

import type { LocalDate } from '../core/index.js';
import { fromEpochDay } from '../core/local-date.js';
import type { CalendarDay, CalendarDayKind } from './calendar-day.js';
import { HOLIDAY, RELIGIOUS, SUBSTITUTE, TRANSFER_OFF, WORKING_WEEKEND } from './day-codes.js';
import type { LegalSource } from './sources.js';
import type { SpecialDay } from './year-table.js';

const WEEKEND_RULE: LegalSource = Object.freeze({ act: 'holidaysLaw', article: 'art. 5' });

const KIND_OF: Readonly<Record<number, CalendarDayKind>> = {
  [HOLIDAY]: 'holiday',
  [SUBSTITUTE]: 'substituteDayOff',
  [RELIGIOUS]: 'religiousDayOff',
  [TRANSFER_OFF]: 'transferDayOff',
  [WORKING_WEEKEND]: 'workingWeekend',
};

function ddmmyyyy(date: LocalDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * A special day in its published form: its name in kk, ru and en, and its
 * source. Substitutes are named after their holiday and cite the weekend
 * rule (Law No. 267-II art. 5); transferred days name the other day of the
 * act.
 *
 * @internal
 */
export function calendarDayOf(day: SpecialDay): CalendarDay {
  const date = fromEpochDay(day.epochDay);
  const kind = KIND_OF[day.code] as CalendarDayKind;
  const { rule, act, related } = day;
  const provisional = day.estimate === true;
  if (kind === 'substituteDayOff' && rule !== undefined) {
    return Object.freeze({
      date,
      kind,
      name: Object.freeze({
        kk: `${rule.name.kk} (қайта белгіленген демалыс)`,
        ru: `${rule.name.ru} — перенесённый выходной`,
        en: `${rule.name.en} (substitute day off)`,
      }),
      source: WEEKEND_RULE,
      relatedDate: related,
      provisional,
    });
  }
  if (act !== undefined && related !== undefined) {
    const other = ddmmyyyy(related);
    return Object.freeze({
      date,
      kind,
      name: Object.freeze(
        kind === 'transferDayOff'
          ? {
              kk: `Демалыс күні (${other} бастап ауыстырылды)`,
              ru: `Перенесённый день отдыха (с ${other})`,
              en: `Day off transferred from ${other}`,
            }
          : {
              kk: `Жұмыс күні (демалыс ${other} күніне ауыстырылды)`,
              ru: `Рабочий день (выходной перенесён на ${other})`,
              en: `Working day (day off moved to ${other})`,
            },
      ),
      source: act.source,
      relatedDate: related,
      provisional,
    });
  }
  return Object.freeze({
    date,
    kind,
    // A holiday or a religious day off always has its rule.
    name: (rule as NonNullable<SpecialDay['rule']>).name,
    source: (rule as NonNullable<SpecialDay['rule']>).source,
    provisional,
  });
}

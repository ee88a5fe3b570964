// The calendar's errors as people read them: a few whole messages per
// language. Every other calendar test asserts codes and details; these pin
// the wording of the catalogues for the calendar's cases, and that each
// language keeps the same facts (the key, the date, the act and what it
// clashes with, the year, what to supply).
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { formatError } from '../../src/core/format-error.js';
import type { Locale } from '../../src/core/labels.js';
import { thrown } from '../support/errors.js';

const source = { act: 'Приказ МТСЗН (пример)' };
const strict = createWorkCalendar({ estimates: false });

// Each case: the call, and its message in English, Russian and Kazakh.
const CASES: readonly [string, () => unknown, Readonly<Record<Locale, string>>][] = [
  [
    'an unknown option key',
    () => createWorkCalendar({ transferAct: [] } as never),
    {
      en: 'createWorkCalendar: unknown option "transferAct": expected one of base, holidays, kurbanAit, transferActs, confirmedYears, estimates',
      ru: 'createWorkCalendar: неизвестный параметр "transferAct": допустимы base, holidays, kurbanAit, transferActs, confirmedYears, estimates',
      kk: 'createWorkCalendar: белгісіз параметр "transferAct": рұқсат етілгендері: base, holidays, kurbanAit, transferActs, confirmedYears, estimates',
    },
  ],
  [
    'a transfer act whose working day is a weekday (Wednesday 6 January 2027)',
    () =>
      createWorkCalendar({
        transferActs: [{ workingDay: '2027-01-06', dayOff: '2027-01-08', source }],
      }),
    {
      en: 'createWorkCalendar: invalid transferActs[0].workingDay "2027-01-06": expected a Saturday or Sunday made a working day',
      ru: 'createWorkCalendar: недопустимое значение transferActs[0].workingDay "2027-01-06": ожидалось: суббота или воскресенье, объявленные рабочим днём',
      kk: 'createWorkCalendar: transferActs[0].workingDay мәні жарамсыз ("2027-01-06"): жұмыс күні болып жарияланған сенбі немесе жексенбі күтілді',
    },
  ],
  [
    'a transfer act onto Victory Day (Thursday 9 May 2024), naming the act and the holiday',
    () =>
      createWorkCalendar({
        transferActs: [{ workingDay: '2024-05-11', dayOff: '2024-05-09', source }],
      }),
    {
      en: 'createWorkCalendar: invalid transferActs "2024-05-11 → 2024-05-09" ("Приказ МТСЗН (пример)"): expected a Monday–Friday as the day off and a Saturday or Sunday as the working day that no holiday, religious day off or other transfer act already has (2024-05-09 is already Victory Day)',
      ru: 'createWorkCalendar: недопустимое значение transferActs "2024-05-11 → 2024-05-09" ("Приказ МТСЗН (пример)"): ожидалось: день отдыха с понедельника по пятницу и рабочий день в субботу или воскресенье, не занятые праздником, религиозным днём отдыха или другим актом о переносе (2024-05-09 — уже День Победы)',
      kk: 'createWorkCalendar: transferActs мәні жарамсыз ("2024-05-11 → 2024-05-09", "Приказ МТСЗН (пример)"): мереке, діни демалыс күні немесе басқа ауыстыру актісі пайдаланбаған күндер: демалыс күні ретінде дүйсенбі–жұма, жұмыс күні ретінде сенбі немесе жексенбі (2024-05-09 — Жеңіс күні) күтілді',
    },
  ],
  [
    'a transfer act whose day off another act already has, naming both acts',
    () =>
      createWorkCalendar({
        transferActs: [
          { workingDay: '2027-01-09', dayOff: '2027-01-08', source },
          {
            workingDay: '2027-01-10',
            dayOff: '2027-01-08',
            source: { act: 'Приказ № 2 (пример)' },
          },
        ],
      }),
    {
      en: 'createWorkCalendar: invalid transferActs[1] "2027-01-10 → 2027-01-08" ("Приказ № 2 (пример)"): expected a Monday–Friday as the day off and a Saturday or Sunday as the working day that no holiday, religious day off or other transfer act already has (2027-01-08 is already used by the transfer act 2027-01-09 → 2027-01-08 ("Приказ МТСЗН (пример)"))',
      ru: 'createWorkCalendar: недопустимое значение transferActs[1] "2027-01-10 → 2027-01-08" ("Приказ № 2 (пример)"): ожидалось: день отдыха с понедельника по пятницу и рабочий день в субботу или воскресенье, не занятые праздником, религиозным днём отдыха или другим актом о переносе (2027-01-08 уже занят актом о переносе 2027-01-09 → 2027-01-08 ("Приказ МТСЗН (пример)"))',
      kk: 'createWorkCalendar: transferActs[1] мәні жарамсыз ("2027-01-10 → 2027-01-08", "Приказ № 2 (пример)"): мереке, діни демалыс күні немесе басқа ауыстыру актісі пайдаланбаған күндер: демалыс күні ретінде дүйсенбі–жұма, жұмыс күні ретінде сенбі немесе жексенбі (2027-01-08 күнін 2027-01-09 → 2027-01-08 ("Приказ МТСЗН (пример)") ауыстыру актісі пайдаланады) күтілді',
    },
  ],
  [
    'a year outside 2020–2038',
    () => isWorkingDay('2040-01-02'),
    {
      en: 'No working-day calendar for 2040: expected a year from 2020 to 2038',
      ru: 'Нет производственного календаря на 2040 год: ожидался год от 2020 до 2038',
      kk: '2040 жылға жұмыс күнтізбесі жоқ: 2020 – 2038 аралығындағы жыл күтілді',
    },
  ],
  [
    'a strict calendar refusing 2027 (Kurban Ait estimated, no transfer act known)',
    () => isWorkingDay('2027-01-04', { calendar: strict }),
    {
      en: 'No confirmed working-day calendar for 2027: Kurban Ait is not announced (estimated 2027-05-16) and its transfer acts are not known. Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), or accept provisional answers with createWorkCalendar({ estimates: true })',
      ru: 'Нет подтверждённого производственного календаря на 2027 год: дата Курбан айта не объявлена (оценка — 2027-05-16) и акты о переносе дней отдыха на 2027 год неизвестны. Укажите данные через createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) или примите предварительные ответы: createWorkCalendar({ estimates: true })',
      kk: '2027 жылға расталған жұмыс күнтізбесі жоқ: Құрбан айттың күні жарияланбаған (болжамы — 2027-05-16) және 2027 жылғы демалыс күндерін ауыстыру актілері белгісіз. Деректерді createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) арқылы беріңіз немесе болжамды жауаптарды createWorkCalendar({ estimates: true }) арқылы қабылдаңыз',
    },
  ],
  [
    'a strict calendar refusing 2021 (Kurban Ait announced, transfer acts not in the library)',
    () => isWorkingDay('2021-12-17', { calendar: strict }),
    {
      en: 'No confirmed working-day calendar for 2021: its transfer acts are not known. Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), or accept provisional answers with createWorkCalendar({ estimates: true })',
      ru: 'Нет подтверждённого производственного календаря на 2021 год: акты о переносе дней отдыха на 2021 год неизвестны. Укажите данные через createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) или примите предварительные ответы: createWorkCalendar({ estimates: true })',
      kk: '2021 жылға расталған жұмыс күнтізбесі жоқ: 2021 жылғы демалыс күндерін ауыстыру актілері белгісіз. Деректерді createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) арқылы беріңіз немесе болжамды жауаптарды createWorkCalendar({ estimates: true }) арқылы қабылдаңыз',
    },
  ],
];

describe.each(CASES)('%s', (_, call, messages) => {
  const error = thrown(call);

  it.each(['en', 'ru', 'kk'] as const)('reads so in %s', (locale) => {
    expect(formatError(error, locale)).toBe(messages[locale]);
  });

  it('is the English message as error.message', () => {
    expect(error.message).toBe(messages.en);
  });
});

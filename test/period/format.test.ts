import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import { describe, expect, it } from 'vitest';
import { formatPeriod, monthPeriod, monthsOfYear, parsePeriod } from '../../src/period/index.js';
import { thrown } from '../support/errors.js';

const phrase = (code: string, locale: 'kk' | 'ru' | 'en') =>
  formatPeriod(parsePeriod(code), locale);
const statistics = (code: string, locale: 'kk' | 'ru' | 'en') =>
  formatPeriod(parsePeriod(code), locale, { style: 'statistics' });

describe('formatPeriod writes what department reports write', () => {
  // kk, ru and en as published («2024 жылдың 5 айында» / «за 5 месяцев 2024 года» …).
  it.each([
    ['2024-01/2024-05', '2024 жылдың 5 айында', 'за 5 месяцев 2024 года', 'January–May 2024'],
    ['2024-Q1', '2024 жылдың I тоқсанында', 'за I квартал 2024 года', 'Q1 2024'],
    ['2024-Q2', '2024 жылдың II тоқсанында', 'за II квартал 2024 года', 'Q2 2024'],
    ['2024-Q3', '2024 жылдың III тоқсанында', 'за III квартал 2024 года', 'Q3 2024'],
    ['2024-Q4', '2024 жылдың IV тоқсанында', 'за IV квартал 2024 года', 'Q4 2024'],
    ['2024-H1', '2024 жылдың бірінші жартыжылдығында', 'за 1-е полугодие 2024 года', 'H1 2024'],
    ['2024-H2', '2024 жылдың екінші жартыжылдығында', 'за 2-е полугодие 2024 года', 'H2 2024'],
    ['2024-01/2024-09', '2024 жылдың 9 айында', 'за 9 месяцев 2024 года', 'January–September 2024'],
    ['2024', '2024 жылы', 'за 2024 год', '2024'],
    ['2024-05', '2024 жылдың мамыр айында', 'за май 2024 года', 'May 2024'],
    [
      '2024-01/2024-12',
      '2024 жылдың 12 айында',
      'за 12 месяцев 2024 года',
      'January–December 2024',
    ],
    ['2024-01/2024-01', '2024 жылдың 1 айында', 'за 1 месяц 2024 года', 'January 2024'],
    [
      '2024-03/2024-05',
      '2024 жылғы наурыз–мамыр аралығында',
      'за март–май 2024 года',
      'March–May 2024',
    ],
    [
      '2023-12/2024-02',
      '2023 жылғы желтоқсан – 2024 жылғы ақпан аралығында',
      'за декабрь 2023 года – февраль 2024 года',
      'December 2023 – February 2024',
    ],
    [
      '2024-03-01/2024-04-15',
      '2024 жылғы 1 наурыз – 15 сәуір аралығында',
      'с 1 марта по 15 апреля 2024 года',
      '1 March – 15 April 2024',
    ],
    [
      '2024-03-01/2024-03-15',
      '2024 жылғы 1–15 наурыз аралығында',
      'с 1 по 15 марта 2024 года',
      '1–15 March 2024',
    ],
    ['2024-05-03/2024-05-03', '2024 жылғы 3 мамырда', 'за 3 мая 2024 года', '3 May 2024'],
    [
      '2023-12-25/2024-01-10',
      '2023 жылғы 25 желтоқсан – 2024 жылғы 10 қаңтар аралығында',
      'с 25 декабря 2023 года по 10 января 2024 года',
      '25 December 2023 – 10 January 2024',
    ],
    // A day range that is whole months is named by its days: the user chose days.
    [
      '2024-01-01/2024-05-31',
      '2024 жылғы 1 қаңтар – 31 мамыр аралығында',
      'с 1 января по 31 мая 2024 года',
      '1 January – 31 May 2024',
    ],
  ])('%s', (code, kkText, ruText, enText) => {
    expect(phrase(code, 'kk')).toBe(kkText);
    expect(phrase(code, 'ru')).toBe(ruText);
    expect(phrase(code, 'en')).toBe(enText);
  });

  it('declines «месяц» after every count of months: 1 месяц, 2–4 месяца, 5+ месяцев', () => {
    expect(
      Array.from({ length: 12 }, (_, i) => formatPeriod(monthsOfYear(2024, i + 1), 'ru')),
    ).toEqual([
      'за 1 месяц 2024 года',
      'за 2 месяца 2024 года',
      'за 3 месяца 2024 года',
      'за 4 месяца 2024 года',
      'за 5 месяцев 2024 года',
      'за 6 месяцев 2024 года',
      'за 7 месяцев 2024 года',
      'за 8 месяцев 2024 года',
      'за 9 месяцев 2024 года',
      'за 10 месяцев 2024 года',
      'за 11 месяцев 2024 года',
      'за 12 месяцев 2024 года',
    ]);
  });

  it('names every month in the three languages', () => {
    const all = (locale: 'kk' | 'ru' | 'en') =>
      Array.from({ length: 12 }, (_, i) => formatPeriod(monthPeriod(2024, i + 1), locale));
    expect(all('kk')).toEqual([
      '2024 жылдың қаңтар айында',
      '2024 жылдың ақпан айында',
      '2024 жылдың наурыз айында',
      '2024 жылдың сәуір айында',
      '2024 жылдың мамыр айында',
      '2024 жылдың маусым айында',
      '2024 жылдың шілде айында',
      '2024 жылдың тамыз айында',
      '2024 жылдың қыркүйек айында',
      '2024 жылдың қазан айында',
      '2024 жылдың қараша айында',
      '2024 жылдың желтоқсан айында',
    ]);
    expect(all('ru')).toEqual([
      'за январь 2024 года',
      'за февраль 2024 года',
      'за март 2024 года',
      'за апрель 2024 года',
      'за май 2024 года',
      'за июнь 2024 года',
      'за июль 2024 года',
      'за август 2024 года',
      'за сентябрь 2024 года',
      'за октябрь 2024 года',
      'за ноябрь 2024 года',
      'за декабрь 2024 года',
    ]);
    expect(all('en')).toEqual([
      'January 2024',
      'February 2024',
      'March 2024',
      'April 2024',
      'May 2024',
      'June 2024',
      'July 2024',
      'August 2024',
      'September 2024',
      'October 2024',
      'November 2024',
      'December 2024',
    ]);
  });

  it('puts a single day in the Kazakh locative by the harmony rule, and Russian months in the genitive', () => {
    const days = Array.from({ length: 12 }, (_, i) => {
      const mm = String(i + 1).padStart(2, '0');
      return `2024-${mm}-01/2024-${mm}-01`;
    });
    expect(days.map((code) => phrase(code, 'kk'))).toEqual([
      '2024 жылғы 1 қаңтарда',
      '2024 жылғы 1 ақпанда',
      '2024 жылғы 1 наурызда',
      '2024 жылғы 1 сәуірде',
      '2024 жылғы 1 мамырда',
      '2024 жылғы 1 маусымда',
      '2024 жылғы 1 шілдеде',
      '2024 жылғы 1 тамызда',
      '2024 жылғы 1 қыркүйекте',
      '2024 жылғы 1 қазанда',
      '2024 жылғы 1 қарашада',
      '2024 жылғы 1 желтоқсанда',
    ]);
    expect(days.map((code) => phrase(code, 'ru'))).toEqual([
      'за 1 января 2024 года',
      'за 1 февраля 2024 года',
      'за 1 марта 2024 года',
      'за 1 апреля 2024 года',
      'за 1 мая 2024 года',
      'за 1 июня 2024 года',
      'за 1 июля 2024 года',
      'за 1 августа 2024 года',
      'за 1 сентября 2024 года',
      'за 1 октября 2024 года',
      'за 1 ноября 2024 года',
      'за 1 декабря 2024 года',
    ]);
  });

  it('uses the en dash, unspaced between single words and spaced between phrases', () => {
    expect(phrase('2024-01/2024-05', 'en')).toContain('\u2013');
    expect(phrase('2024-03/2024-05', 'ru')).toBe('за март\u2013май 2024 года');
    expect(phrase('2024-03-01/2024-04-15', 'en')).toBe('1 March \u2013 15 April 2024');
    expect(phrase('2024-03-01/2024-04-15', 'kk')).not.toMatch(/[\u00a0\u2014-]/);
  });
});

describe('formatPeriod in the statistics style names the months', () => {
  it.each([
    ['2024-01/2024-05', '2024 жылғы қаңтар–мамыр', 'январь–май 2024 года', 'January–May 2024'],
    ['2024-Q1', '2024 жылғы қаңтар–наурыз', 'январь–март 2024 года', 'January–March 2024'],
    ['2024-H2', '2024 жылғы шілде–желтоқсан', 'июль–декабрь 2024 года', 'July–December 2024'],
    ['2024', '2024 жылғы қаңтар–желтоқсан', 'январь–декабрь 2024 года', 'January–December 2024'],
    ['2024-05', '2024 жылғы мамыр', 'май 2024 года', 'May 2024'],
    ['2024-01/2024-01', '2024 жылғы қаңтар', 'январь 2024 года', 'January 2024'],
    [
      '2023-12/2024-02',
      '2023 жылғы желтоқсан – 2024 жылғы ақпан',
      'декабрь 2023 года – февраль 2024 года',
      'December 2023 – February 2024',
    ],
    [
      '2024-03-01/2024-04-15',
      '2024 жылғы 1 наурыз – 15 сәуір',
      '1 марта – 15 апреля 2024 года',
      '1 March – 15 April 2024',
    ],
    ['2024-03-01/2024-03-15', '2024 жылғы 1–15 наурыз', '1–15 марта 2024 года', '1–15 March 2024'],
    ['2024-05-03/2024-05-03', '2024 жылғы 3 мамыр', '3 мая 2024 года', '3 May 2024'],
    [
      '2023-12-25/2024-01-10',
      '2023 жылғы 25 желтоқсан – 2024 жылғы 10 қаңтар',
      '25 декабря 2023 года – 10 января 2024 года',
      '25 December 2023 – 10 January 2024',
    ],
  ])('%s', (code, kkText, ruText, enText) => {
    expect(statistics(code, 'kk')).toBe(kkText);
    expect(statistics(code, 'ru')).toBe(ruText);
    expect(statistics(code, 'en')).toBe(enText);
  });

  it('is the report style when the style is left out', () => {
    const period = parsePeriod('2024-Q1');
    expect(formatPeriod(period, 'ru', {})).toBe('за I квартал 2024 года');
    expect(formatPeriod(period, 'ru', { style: undefined })).toBe('за I квартал 2024 года');
    expect(formatPeriod(period, 'ru', { style: 'report' })).toBe('за I квартал 2024 года');
  });
});

// Month names are date-fns's. Where its form is not what reports write, the
// phrase builds the report's form from date-fns's word; these tests show both.
describe('date-fns month names and what reports write instead', () => {
  const may = new Date(2024, 4, 15);
  const march = new Date(2024, 2, 1);

  it('takes each month name from date-fns, standalone (LLLL) and in a date (MMMM)', () => {
    for (let m = 0; m < 12; m += 1) {
      const date = new Date(2024, m, 1);
      const mm = String(m + 1).padStart(2, '0');
      const month = parsePeriod(`2024-${mm}`);
      const day = parsePeriod(`2024-${mm}-01/2024-${mm}-01`);
      expect(formatPeriod(month, 'en')).toBe(`${format(date, 'LLLL', { locale: enGB })} 2024`);
      expect(formatPeriod(month, 'ru')).toBe(
        `за ${format(date, 'LLLL', { locale: ru })} 2024 года`,
      );
      expect(formatPeriod(day, 'ru')).toBe(
        `за ${format(date, 'd MMMM', { locale: ru })} 2024 года`,
      );
      expect(formatPeriod(month, 'kk')).toBe(
        `2024 жылдың ${format(date, 'LLLL', { locale: kk })} айында`,
      );
    }
  });

  it('Kazakh: date-fns has the nominative only; the locative «мамыр айында», «1 наурызда» is built', () => {
    expect(format(may, 'LLLL', { locale: kk })).toBe('мамыр');
    expect(format(may, 'MMMM', { locale: kk })).toBe('мамыр');
    expect(phrase('2024-05', 'kk')).toBe('2024 жылдың мамыр айында');
    expect(format(march, 'd MMMM', { locale: kk })).toBe('1 наурыз');
    expect(phrase('2024-03-01/2024-03-01', 'kk')).toBe('2024 жылғы 1 наурызда');
  });

  it('Kazakh and Russian: date-fns numbers quarters as ordinals; reports write Roman numerals', () => {
    expect(format(may, 'QQQQ', { locale: kk })).toBe('2-ші тоқсан');
    expect(phrase('2024-Q2', 'kk')).toBe('2024 жылдың II тоқсанында');
    expect(format(may, 'QQQQ', { locale: ru })).toBe('2-й квартал');
    expect(phrase('2024-Q2', 'ru')).toBe('за II квартал 2024 года');
    expect(format(may, 'QQQQ', { locale: enGB })).toBe('2nd quarter');
    expect(phrase('2024-Q2', 'en')).toBe('Q2 2024');
  });

  it('Russian: date-fns writes «май 2024», reports the year in the genitive, «май 2024 года»', () => {
    expect(format(may, 'LLLL yyyy', { locale: ru })).toBe('май 2024');
    expect(statistics('2024-05', 'ru')).toBe('май 2024 года');
    expect(format(may, 'PPP', { locale: ru })).toBe('15 мая 2024 г.');
    expect(phrase('2024-05-15/2024-05-15', 'ru')).toBe('за 15 мая 2024 года');
  });

  it('keeps date-fns’s lower-case month names in Kazakh and Russian, as mid-sentence', () => {
    expect(format(may, 'LLLL', { locale: ru })).toBe('май');
    expect(statistics('2024-01/2024-05', 'ru')).toBe('январь–май 2024 года');
    expect(statistics('2024-01/2024-05', 'kk')).toBe('2024 жылғы қаңтар–мамыр');
  });
});

describe('formatPeriod refuses bad arguments', () => {
  const period = parsePeriod('2024-Q1');

  it('an unknown locale', () => {
    expect(thrown(() => formatPeriod(period, 'kz' as 'kk')).code).toBe('INVALID_LOCALE');
    expect(thrown(() => formatPeriod(period, undefined as unknown as 'kk')).code).toBe(
      'INVALID_LOCALE',
    );
  });

  it('an unknown option, naming it', () => {
    const error = thrown(() => formatPeriod(period, 'ru', { styel: 'statistics' } as never));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('formatPeriod: unknown option "styel": expected one of style');
    expect(error.details).toEqual({
      fn: 'formatPeriod',
      field: 'styel',
      received: 'statistics',
      expected: 'knownKey',
      allowed: ['style'],
    });
  });

  it('an unknown style', () => {
    const error = thrown(() => formatPeriod(period, 'ru', { style: 'press' as 'report' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details).toMatchObject({
      field: 'style',
      received: 'press',
      expected: 'oneOf',
      allowed: ['report', 'statistics'],
    });
    expect(thrown(() => formatPeriod(period, 'ru', { style: null as never })).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('options that are not an object', () => {
    for (const options of [null, 'statistics', ['style'], 5]) {
      const error = thrown(() => formatPeriod(period, 'ru', options as never), 'INVALID_ARGUMENT');
      expect(error.details, String(options)).toMatchObject({
        field: 'options',
        expected: 'options',
      });
    }
  });

  it('a period that is not one: a code, a hand-made object, an edited period', () => {
    expect(thrown(() => formatPeriod('2024-Q1' as never, 'ru')).details).toMatchObject({
      problem: 'notPeriod',
      fn: 'formatPeriod',
    });
    expect(
      thrown(() => formatPeriod({ start: '2024-01-01', end: '2024-03-31' } as never, 'ru')).details,
    ).toMatchObject({ problem: 'notPeriod' });
    const edited = { ...period, end: '2024-03-30' };
    const error = thrown(() => formatPeriod(edited, 'ru'));
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.message).toBe(
      'Invalid period given to formatPeriod: its end "2024-03-30" disagrees with its code (expected "2024-03-31")',
    );
    expect(error.details).toEqual({
      received: '2024-Q1',
      problem: 'fieldsDisagree',
      field: 'end',
      expected: '2024-03-31',
      actual: '2024-03-30',
      fn: 'formatPeriod',
    });
    expect(
      thrown(() => formatPeriod({ ...period, code: '2024-Q5' } as never, 'ru')).details,
    ).toMatchObject({
      problem: 'quarterOutOfRange',
      fn: 'formatPeriod',
    });
    expect(
      thrown(() => formatPeriod({ ...period, note: 'x' } as never, 'ru')).details,
    ).toMatchObject({
      problem: 'fieldsDisagree',
      field: 'note',
    });
  });

  it('but reads a period back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(parsePeriod('2024-01/2024-05')));
    expect(formatPeriod(copy, 'kk')).toBe('2024 жылдың 5 айында');
  });
});

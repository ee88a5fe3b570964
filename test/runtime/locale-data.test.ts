// Output never depends on the locale data a runtime ships. Chromium's ICU
// has no kk number data, and a runtime without a locale's plural or
// collation data falls back to ICU's root rules. Here Node's Intl is made to
// behave like such a runtime, and the text must not change; the library's
// own rules are also held to what Node's full ICU writes.
import { fc, test as propTest } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealNumberFormat = Intl.NumberFormat;
const RealPluralRules = Intl.PluralRules;
const _ = '\u00A0';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Imports the money module afresh, so that nothing made before the mock is reused. */
async function freshMoney() {
  vi.resetModules();
  return import('../../src/money/index.js');
}

describe('in a runtime without kk and ru number data (as Chromium has no kk)', () => {
  it('formatTenge writes kk and ru with no-break spaces and a decimal comma all the same', async () => {
    // Such a runtime formats kk and ru like its default, English.
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(
      ((_locales?: string | string[], options?: Intl.NumberFormatOptions) =>
        new RealNumberFormat('en', options)) as never,
    );
    const { formatTenge, parseTenge, Tenge } = await freshMoney();
    const amount = Tenge.of('1424750.50');
    expect(formatTenge(amount, { locale: 'kk' })).toBe(`1${_}424${_}750,50${_}₸`);
    expect(formatTenge(amount, { locale: 'ru', unit: 'word' })).toBe(`1${_}424${_}750,50${_}тенге`);
    expect(formatTenge(Tenge.of(72_000_000), { locale: 'kk', unit: 'word', compact: true })).toBe(
      `72${_}млн${_}теңге`,
    );
    expect(formatTenge(Tenge.of(1_424_750), { locale: 'ru', compact: true })).toBe(
      `1,4${_}млн${_}₸`,
    );
    expect(formatTenge(Tenge.of('-3.2'), { locale: 'kk' })).toBe(`-3,20${_}₸`);
    expect(parseTenge(formatTenge(amount, { locale: 'kk' }), { locale: 'kk' }).toString()).toBe(
      '1424750.50',
    );
  });

  it('formatTenge writes en with commas and a point even where en data would say otherwise', async () => {
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(
      ((_locales?: string | string[], options?: Intl.NumberFormatOptions) =>
        new RealNumberFormat('de', options)) as never,
    );
    const { formatTenge, Tenge } = await freshMoney();
    expect(formatTenge(Tenge.of('1424750.5'), { locale: 'en' })).toBe('₸1,424,750.50');
    expect(formatTenge(Tenge.of(72_000_000), { locale: 'en', unit: 'code', compact: true })).toBe(
      `KZT${_}72M`,
    );
  });
});

describe('in a runtime without Russian plural data (ICU root: every count is «other»)', () => {
  it('Russian tiyn and thousands still agree with the number', async () => {
    vi.spyOn(Intl, 'PluralRules').mockImplementation(
      ((_locales?: string | string[], options?: Intl.PluralRulesOptions) =>
        new RealPluralRules('und', options)) as never,
    );
    const { numberToWords, tengeInWords, Tenge } = await freshMoney();
    expect(tengeInWords(Tenge.of('2001.22'), { locale: 'ru' })).toBe(
      'Две тысячи один тенге 22 тиына',
    );
    expect(tengeInWords(Tenge.of('5000000.01'), { locale: 'ru' })).toBe(
      'Пять миллионов тенге 01 тиын',
    );
    expect(numberToWords(21_000, 'ru')).toBe('двадцать одна тысяча');
    expect(numberToWords(3_000_000n, 'ru')).toBe('три миллиона');
  });
});

describe('the library’s own rules write what Node’s full ICU writes', () => {
  const tiyn = fc.bigInt({ min: -99_999_999_999_999_999n, max: 99_999_999_999_999_999n });
  const TAGS = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en' } as const;

  propTest.prop([tiyn, fc.constantFrom('kk', 'ru', 'en' as const), fc.boolean()])(
    'formatTenge’s number is Intl.NumberFormat’s, code point for code point',
    async (value, locale, always) => {
      const { formatTenge, Tenge } = await import('../../src/money/index.js');
      const cents = (value < 0n ? -value : value) % 100n;
      const digits = always || cents !== 0n ? 2 : 0;
      const decimal = `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${String(cents).padStart(2, '0')}`;
      const intl = new RealNumberFormat(TAGS[locale], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(decimal as unknown as number);
      const text = formatTenge(Tenge.fromTiyn(value), {
        locale,
        unit: 'word',
        fraction: always ? 'always' : 'auto',
      });
      expect(text).toBe(`${intl}${_}${{ kk: 'теңге', ru: 'тенге', en: 'tenge' }[locale]}`);
    },
  );

  it('Node has the kk, ru and en data these rules are held to', () => {
    expect(RealNumberFormat.supportedLocalesOf(['kk-KZ', 'ru-KZ', 'en'])).toEqual([
      'kk-KZ',
      'ru-KZ',
      'en',
    ]);
    expect(RealPluralRules.supportedLocalesOf(['ru'])).toEqual(['ru']);
  });

  propTest.prop([
    fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.bigInt({ min: 0n, max: 10n ** 30n })),
  ])('russianPlural picks the form Intl.PluralRules("ru") names', async (count) => {
    const { russianPlural } = await import('../../src/core/plural.js');
    // Node 20's Intl takes no bigint; the last two digits decide, so a bigint is asked by its last three.
    const asked = typeof count === 'bigint' ? Number(count % 1000n) : count;
    const category = new RealPluralRules('ru').select(asked);
    const expected = category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
    expect(russianPlural(count, { one: 'one', few: 'few', many: 'many' })).toBe(expected);
  });

  it('russianPlural gives a fraction, NaN and Infinity the «many» form, as Intl gives them «other»', async () => {
    const { russianPlural } = await import('../../src/core/plural.js');
    const forms = { one: 'one', few: 'few', many: 'many' };
    for (const count of [1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(new RealPluralRules('ru').select(count)).toBe('other');
      expect(russianPlural(count, forms)).toBe('many');
    }
    expect(russianPlural(-21, forms)).toBe('one');
    expect(russianPlural(-12n, forms)).toBe('many');
  });
});

describe('in a runtime whose time-zone data predates 2024 (Almaty still at UTC+6)', () => {
  it('instants since 2024-03-01 are still read at UTC+5', async () => {
    vi.doMock('@date-fns/tz', async (original) => ({
      ...(await original<typeof import('@date-fns/tz')>()),
      tzOffset: () => 360,
    }));
    try {
      vi.resetModules();
      const { kazakhstanClock, kazakhstanDate } = await import('../../src/core/instant.js');
      const { registrationDate } = await import('../../src/calendar/clocks.js');
      // 18:45 UTC is 23:45 on 31 May at UTC+5, but 00:45 on 1 June at UTC+6.
      expect(kazakhstanDate('2024-05-31T18:45:00Z')).toBe('2024-05-31');
      expect(kazakhstanClock('2024-03-01T13:45:00Z').offsetMinutes).toBe(300);
      // 12:45 UTC on Friday 1 March is 17:45 in Almaty, within the working day
      // (at UTC+6 it would be 18:45, after it, and registration would move to Monday).
      expect(registrationDate('2024-03-01T12:45:00Z')).toBe('2024-03-01');
      // Before the change the old offset holds: 12:45 UTC on 29 February is 18:45.
      expect(registrationDate('2024-02-29T12:45:00Z')).toBe('2024-03-01');
    } finally {
      vi.doUnmock('@date-fns/tz');
    }
  });

  it('the rule agrees with the IANA data hour by hour from 2004 to 2040', async () => {
    const { tzOffset } = await import('@date-fns/tz');
    const { kazakhstanClock } = await import('../../src/core/instant.js');
    const disagreements: string[] = [];
    for (let ms = Date.UTC(2004, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 3_600_000) {
      const offset = kazakhstanClock(new Date(ms)).offsetMinutes;
      if (offset !== tzOffset('Asia/Almaty', new Date(ms))) {
        disagreements.push(new Date(ms).toISOString());
      }
    }
    expect(disagreements).toEqual([]);
    expect(kazakhstanClock('2004-10-30T19:59:59Z').offsetMinutes).toBe(420);
    expect(kazakhstanClock('2004-10-30T20:00:00Z').offsetMinutes).toBe(360);
    expect(kazakhstanClock('2024-02-29T17:59:59Z').offsetMinutes).toBe(360);
    expect(kazakhstanClock('2024-02-29T18:00:00Z').offsetMinutes).toBe(300);
  });
});

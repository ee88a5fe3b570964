// What the browser suite runs twice, with the same built package: once in
// Node, once in headless Chromium. Everything it returns is plain JSON, so
// the two runs are compared value for value. The library is passed in, never
// imported, so that each side hands over its own copy of dist/.
import type * as Library from '../../src/index.js';

type Lib = typeof Library;

const LOCALES = ['kk', 'ru', 'en'] as const;
const UNITS = ['symbol', 'word', 'code'] as const;

/** Amounts that exercise grouping, tiyn, signs, the compact scales and the ends of the range. */
export const AMOUNTS = [
  '0',
  '0.01',
  '-3.20',
  '999',
  '1000',
  '12345.5',
  '250000.50',
  '999950',
  '1424750',
  '1424750.50',
  '4671000',
  '72000000',
  '1234567890.12',
  '-72000000',
  '999999999999999.99',
] as const;

/** What reports print, as parseTenge must read it (or refuse it). */
export const PUBLISHED: readonly (readonly [string, 'kk' | 'ru' | 'en' | undefined])[] = [
  ['72 млн.теңге', undefined],
  ['4 млн 671 мың теңге', undefined],
  ['4 млн 671 тыс. тенге', undefined],
  ['1 424 750,50 ₸', undefined],
  ['1\u00A0424\u00A0750,50\u00A0₸', 'kk'],
  ['1,4 млрд', undefined],
  ['₸1,424,750.50', 'en'],
  ['KZT 72M', 'en'],
  ['12 млн млн', undefined],
  ['1,234', undefined],
  ['1,424,750.50 ₸', 'kk'],
];

function outcome<T>(run: () => T): { ok: true; value: T } | { ok: false; code: string } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, code: (error as { code?: string }).code ?? String(error) };
  }
}

function money(lib: Lib) {
  const formatted: Record<string, string> = {};
  const parsedBack: Record<string, unknown> = {};
  for (const amount of AMOUNTS) {
    for (const locale of LOCALES) {
      for (const unit of UNITS) {
        for (const compact of [false, true]) {
          for (const fraction of ['auto', 'always'] as const) {
            const key = `${amount} ${locale} ${unit}${compact ? ' compact' : ''} ${fraction}`;
            const text = lib.formatTenge(lib.Tenge.of(amount), { locale, unit, compact, fraction });
            formatted[key] = text;
            parsedBack[key] = outcome(() => lib.parseTenge(text, { locale }).toString());
          }
        }
      }
    }
  }
  const published = PUBLISHED.map(([text, locale]) => ({
    text,
    locale,
    read: outcome(() => lib.parseTenge(text, locale === undefined ? {} : { locale }).toString()),
  }));
  return { formatted, parsedBack, published };
}

function words(lib: Lib) {
  const numbers = [
    0, 1, 2, 5, 11, 21, 22, 101, 1000, 2001, 21_000, 1_000_000, 1_424_750, 3_000_000,
  ];
  const result: Record<string, string> = {};
  for (const locale of LOCALES) {
    for (const n of numbers) result[`${n} ${locale}`] = lib.numberToWords(n, locale);
    result[`10^18-1 ${locale}`] = lib.numberToWords(999_999_999_999_999_999n, locale);
    for (const amount of ['1424750.50', '2001.22', '5000000.01', '0.21', '-3.20']) {
      result[`${amount} ${locale} tenge`] = lib.tengeInWords(lib.Tenge.of(amount), { locale });
    }
  }
  return result;
}

function calendar(lib: Lib) {
  const days: Record<string, boolean> = {};
  for (let day = 1; day <= 31; day++) {
    const date = `2024-05-${String(day).padStart(2, '0')}`;
    days[date] = lib.isWorkingDay(date);
  }
  const receipts = ['2024-05-03', '2024-03-07', '2025-12-12', '2026-03-20'];
  return {
    days,
    clocks: receipts.map((receivedOn) => ({
      receivedOn,
      review: lib.reviewDeadline(receivedOn),
      extension: lib.extensionLimit(receivedOn),
      redirect: lib.redirectDeadline(receivedOn),
      refusal: lib.refusalDeadline(receivedOn),
      seller: lib.sellerAnswerDeadline(receivedOn),
      plus20: lib.addWorkingDays(receivedOn, 20),
    })),
    registrations: [
      '2024-02-29T18:45:00+06:00',
      '2024-03-01T12:45:00Z',
      '2024-03-01T13:45:00Z',
      '2024-05-03T18:45:00+05:00',
      '2024-12-31T23:59:00+05:00',
    ].map((receivedAt) => ({ receivedAt, on: lib.registrationDate(receivedAt) })),
    between: lib.workingDaysBetween('2024-01-01', '2024-12-31'),
    nonWorking2025: lib.nonWorkingDays(2025).map((d) => `${d.date} ${d.kind}`),
    clock: lib.kazakhstanDate('2024-05-31T18:45:00Z'),
  };
}

/** The appeal of the demo: after hours on Friday 3 May 2024, reviewed across the May holidays. */
export const APPEAL = {
  schemaVersion: 1,
  id: 'SH-2024-0113',
  receivedAt: '2024-05-03T18:45:00+05:00',
  channel: 'paper',
  appealType: 'complaint',
  region: '79',
  sector: 'retailTrade',
  subject: 'Смартфон с дефектом: продавец отказал в возврате',
  consumer: { kind: 'individual' },
  business: { id: '940140000385' },
  claimed: '250000',
  events: [
    { type: 'register', at: '2024-05-04' },
    { type: 'startReview', at: '2024-05-06' },
    { type: 'satisfy', at: '2024-05-20', refund: '250000' },
  ],
};

function complaint(lib: Lib) {
  const appeal = lib.replayComplaint(lib.parseComplaintRecord(APPEAL));
  const refused = lib.safeParseComplaintRecord({ ...APPEAL, region: '80' });
  const wrongOrder = outcome(() =>
    lib.replayComplaint(
      lib.parseComplaintRecord({
        ...APPEAL,
        events: [{ type: 'satisfy', at: '2024-05-20', refund: '250000' }],
      }),
    ),
  );
  return {
    appeal: JSON.parse(JSON.stringify(appeal)) as unknown,
    labels: LOCALES.map((locale) =>
      lib.complaintOutcomeLabel(appeal.outcome ?? 'satisfied', locale),
    ),
    refused: refused.ok ? 'accepted' : { code: refused.error.code, message: refused.error.message },
    wrongOrder,
  };
}

function regions(lib: Lib) {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      lib.sortRegionsByName(lib.REGIONS, locale).map((r) => r.code),
    ]),
  );
}

function errors(lib: Lib) {
  const result = lib.safeParseTenge('абв');
  return {
    ok: result.ok,
    branded: !result.ok && result.error instanceof lib.TutynushyError,
    isError: !result.ok && lib.isTutynushyError(result.error, 'INVALID_AMOUNT'),
    json: result.ok ? null : (JSON.parse(JSON.stringify(result.error)) as unknown),
  };
}

/** Everything the suite compares between Node and the browser. */
export function scenario(lib: Lib) {
  return {
    money: money(lib),
    words: words(lib),
    calendar: calendar(lib),
    complaint: complaint(lib),
    regions: regions(lib),
    errors: errors(lib),
  };
}

/**
 * Each amount (whole tiyn, as a decimal string) formatted in every locale
 * and unit, and what parseTenge reads back from that text.
 */
export function roundTrips(lib: Lib, tiyn: readonly string[]) {
  return tiyn.flatMap((value) => {
    const amount = lib.Tenge.fromTiyn(BigInt(value));
    return LOCALES.flatMap((locale) =>
      UNITS.map((unit) => {
        const text = lib.formatTenge(amount, { locale, unit });
        return {
          amount: amount.toString(),
          text,
          back: lib.parseTenge(text, { locale }).toString(),
        };
      }),
    );
  });
}

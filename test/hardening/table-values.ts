// The functions of money, ids, core, calendar, regions and period, with
// their arguments drawn around valid values.
import { fc } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import * as api from '../../src/index.js';
import { Tenge, type TutynushyError } from '../../src/index.js';
import { type Fuzzed, fuzzed, optionsArg } from './fuzzed.js';
import { around, hostile, hostileBigint, hostileNumber, localeArg } from './hostile.js';
import {
  amountTextArb,
  calendarOptionsArb,
  calendarOverridesArb,
  dateArb,
  HALYK_BIN,
  holidayRuleArb,
  instantArb,
  localeArb,
  periodCodeArb,
  regionCodeArb,
  tengeArb,
  VALID_IIN,
} from './valid.js';

const a = api as unknown as Record<string, (...args: readonly unknown[]) => unknown>;
const call =
  (name: string) =>
  (...args: readonly unknown[]) =>
    (a[name] as (...x: readonly unknown[]) => unknown)(...args);

const isBoolean = (value: unknown) => expect(typeof value).toBe('boolean');
const isText = (value: unknown) => expect(typeof value).toBe('string');
const isDate = (value: unknown) => expect(api.isLocalDate(value)).toBe(true);

const decimalText = fc.oneof(
  fc
    .bigInt({ min: -(10n ** 15n), max: 10n ** 15n })
    .map((t) => `${t / 100n}.${String(t < 0n ? -t % 100n : t % 100n).padStart(2, '0')}`),
  fc.constantFrom('0.001', '1e3', '1E-2', '+5', '-0', '00012', '1_000', '0x10', ' 5', '5 ', '١٢'),
);
const amountArg = around(
  fc.oneof(
    decimalText,
    fc.integer(),
    fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
    tengeArb,
    fc.constantFrom(new Decimal('1.5'), new Decimal('1e400'), new Decimal(Number.NaN)),
  ),
);
const tengeArg = around(tengeArb);
const factorArg = fc.oneof(
  fc.double(),
  fc.constantFrom('1.5', '0.12', '-1', new Decimal('0.333'), '1e-500', '1e500'),
  hostile,
);
const roundingArg = fc.oneof(fc.constantFrom(...api.TENGE_ROUNDINGS), hostile);

const idArb = fc.oneof(
  fc.constantFrom(VALID_IIN, HALYK_BIN, '971240001315', '000140001813', '900101300017'),
  fc.stringMatching(/^\d{12}$/),
  fc.stringMatching(/^\d{11,13}$/),
);
const idArg = around(idArb);
const dateArg = around(dateArb);
const instantArg = around(fc.oneof(instantArb, fc.constant(new Date('2024-06-03T10:00:00Z'))));
const yearArg = around(fc.integer({ min: 2015, max: 2045 }));
const calendarOptions = optionsArg(calendarOptionsArb);
const periodArb = periodCodeArb
  .map((code) => api.safeParsePeriod(code))
  .filter((r) => r.ok)
  .map((r) => (r as { value: api.Period }).value);
const periodArg = around(fc.oneof(periodArb, periodCodeArb));
const regionArb = fc.constantFrom(...api.REGIONS);

const money: Fuzzed[] = [
  fuzzed('Tenge.of', [amountArg], (value) => Tenge.of(value as never), {
    returned: (value) => expect(value).toBeInstanceOf(Tenge),
  }),
  fuzzed('Tenge.fromTiyn', [around(fc.oneof(fc.bigInt(), fc.integer()))], (value) =>
    Tenge.fromTiyn(value as never),
  ),
  fuzzed('Tenge.sum', [around(fc.array(tengeArb, { maxLength: 5 }))], (values) =>
    Tenge.sum(values as never),
  ),
  fuzzed('Tenge.isTenge', [around(tengeArb)], (value) => Tenge.isTenge(value), {
    kind: 'predicate',
  }),
  ...(['plus', 'minus', 'compare', 'equals'] as const).map((method) =>
    fuzzed(`Tenge#${method}`, [tengeArb, tengeArg], (self, other) =>
      (Tenge.prototype[method] as (o: unknown) => unknown).call(self, other),
    ),
  ),
  fuzzed(
    'Tenge#times',
    [tengeArb, factorArg, fc.oneof(fc.constant(undefined), roundingArg)],
    (self, factor, rounding) =>
      Tenge.prototype.times.call(self as Tenge, factor as never, rounding as never),
  ),
  fuzzed(
    'Tenge#allocate',
    [
      tengeArb,
      around(
        fc.array(fc.oneof(fc.nat(10), fc.constantFrom('0.5', new Decimal(2))), { maxLength: 6 }),
      ),
    ],
    (self, ratios) => Tenge.prototype.allocate.call(self as Tenge, ratios as never),
  ),
  ...(
    [
      'negate',
      'abs',
      'isZero',
      'isNegative',
      'isPositive',
      'toTiyn',
      'toDecimal',
      'toString',
      'toJSON',
    ] as const
  ).map((method) =>
    fuzzed(`Tenge#${method}`, [tengeArb], (self) =>
      (Tenge.prototype[method] as () => unknown).call(self),
    ),
  ),
  fuzzed(
    'formatTenge',
    [
      amountArg,
      optionsArg(
        fc.record(
          {
            locale: localeArb,
            unit: fc.constantFrom('symbol', 'word', 'code'),
            compact: fc.boolean(),
            fraction: fc.constantFrom('auto', 'always'),
          },
          { requiredKeys: ['locale'] },
        ),
      ),
    ],
    call('formatTenge'),
    { returned: isText },
  ),
  fuzzed(
    'safeFormatTenge',
    [amountArg, optionsArg(fc.record({ locale: localeArb }))],
    call('safeFormatTenge'),
    { kind: 'safe' },
  ),
  fuzzed(
    'parseTenge',
    [
      around(fc.oneof(amountTextArb, decimalText)),
      optionsArg(fc.record({ locale: localeArb }, { requiredKeys: [] })),
    ],
    call('parseTenge'),
    {
      returned: (value) => expect(value).toBeInstanceOf(Tenge),
    },
  ),
  fuzzed(
    'safeParseTenge',
    [around(fc.oneof(amountTextArb, decimalText)), optionsArg(fc.record({ locale: localeArb }))],
    call('safeParseTenge'),
    { kind: 'safe' },
  ),
  fuzzed(
    'numberToWords',
    [fc.oneof(hostileNumber, hostileBigint, fc.integer(), hostile), localeArg],
    call('numberToWords'),
    { returned: isText },
  ),
  fuzzed(
    'tengeInWords',
    [
      amountArg,
      optionsArg(
        fc.record(
          { locale: localeArb, tiynDeclension: fc.constantFrom('agree', 'invariable') },
          { requiredKeys: ['locale'] },
        ),
      ),
    ],
    call('tengeInWords'),
    { returned: isText },
  ),
];

const ids: Fuzzed[] = [
  ...['isValidIin', 'isValidBin', 'isValidTaxpayerId'].map((name) =>
    fuzzed(name, [idArg], call(name), { kind: 'predicate' }),
  ),
  ...['parseIin', 'parseBin', 'parseTaxpayerId'].map((name) => fuzzed(name, [idArg], call(name))),
  ...['safeParseIin', 'safeParseBin', 'safeParseTaxpayerId'].map((name) =>
    fuzzed(name, [idArg], call(name), { kind: 'safe' }),
  ),
  fuzzed(
    'binRegistrationYear',
    [around(fc.integer({ min: -5, max: 105 }))],
    call('binRegistrationYear'),
  ),
  fuzzed(
    'taxpayerIdCheckDigit',
    [around(idArb.map((id) => id.slice(0, 11)))],
    call('taxpayerIdCheckDigit'),
  ),
];

const KAZAKH_CASES = ['dative', 'locative', 'ablative', 'genitive', 'accusative', 'instrumental'];
const someError = fc.constantFrom(
  ...[
    () => Tenge.of('0.001'),
    () => api.parseIin('900101300018'),
    () => api.parsePeriod('2024-Q5'),
    () => api.parseComplaintRecord({ schemaVersion: 1, id: 'A' }),
    () => api.regionByCode('00'),
    () => api.isWorkingDay('2040-01-01'),
  ].map((thunk) => {
    try {
      thunk();
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  }),
);

const core: Fuzzed[] = [
  ...['isLocale', 'isLocalDate', 'isInstant', 'isSector'].map((name) =>
    fuzzed(
      name,
      [around(fc.oneof(localeArb, dateArb, instantArb, fc.constantFrom(...api.SECTOR_KEYS)))],
      call(name),
      { kind: 'predicate' },
    ),
  ),
  fuzzed('assertLocale', [localeArg], call('assertLocale')),
  fuzzed('label', [around(fc.constant({ kk: 'қ', ru: 'р', en: 'e' })), localeArg], call('label'), {
    returned: isText,
  }),
  fuzzed('parseLocalDate', [dateArg], call('parseLocalDate'), { returned: isDate }),
  fuzzed('safeParseLocalDate', [dateArg], call('safeParseLocalDate'), { kind: 'safe' }),
  fuzzed('kazakhstanDate', [instantArg], call('kazakhstanDate'), { returned: isDate }),
  fuzzed(
    'kazakhEnding',
    [
      around(fc.constantFrom('Шымкент', 'Астана', 'Алматы', '2024', 'KPI', '')),
      around(fc.constantFrom(...KAZAKH_CASES)),
    ],
    call('kazakhEnding'),
    { returned: isText },
  ),
  fuzzed(
    'withKazakhEnding',
    [fc.oneof(hostileNumber, hostileBigint, hostile), around(fc.constantFrom(...KAZAKH_CASES))],
    call('withKazakhEnding'),
    { returned: isText },
  ),
  fuzzed(
    'russianPlural',
    [
      fc.oneof(hostileNumber, hostileBigint, hostile),
      around(fc.constant({ one: 'тиын', few: 'тиына', many: 'тиынов' })),
    ],
    call('russianPlural'),
    { returned: isText },
  ),
  fuzzed(
    'formatRecordPath',
    [around(fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 4 }))],
    call('formatRecordPath'),
    { returned: isText },
  ),
  fuzzed('formatError', [fc.oneof(someError, hostile), localeArg], call('formatError'), {
    returned: isText,
  }),
  fuzzed(
    'formatRecordIssue',
    [
      around(
        someError
          .filter((e) => (e as TutynushyError).code === 'INVALID_RECORD')
          .map((e) =>
            (e as TutynushyError<'INVALID_RECORD'>).details.issues[0]
              ? { ...(e as TutynushyError<'INVALID_RECORD'>).details.issues[0] }
              : {},
          ),
      ),
      localeArg,
    ],
    call('formatRecordIssue'),
    { returned: isText },
  ),
  fuzzed(
    'isTutynushyError',
    [
      fc.oneof(someError, hostile),
      fc.oneof(fc.constant(undefined), fc.constantFrom(...api.ERROR_CODES), hostile),
    ],
    call('isTutynushyError'),
    { kind: 'predicate' },
  ),
  // A method is tried on its own kind of receiver: a detached call is the engine's business.
  fuzzed(
    'TutynushyError#toJSON',
    [someError],
    (error) => JSON.stringify((error as TutynushyError).toJSON()),
    { runs: 20 },
  ),
];

const calendarFns: Fuzzed[] = [
  fuzzed(
    'addWorkingDays',
    [dateArg, around(fc.integer({ min: -30, max: 400 })), calendarOptions],
    call('addWorkingDays'),
    { returned: isDate },
  ),
  ...[
    'nextWorkingDay',
    'reviewDeadline',
    'redirectDeadline',
    'refusalDeadline',
    'sellerAnswerDeadline',
    'extensionNoticeDeadline',
  ].map((name) => fuzzed(name, [dateArg, calendarOptions], call(name), { returned: isDate })),
  fuzzed('isWorkingDay', [dateArg, calendarOptions], call('isWorkingDay'), { returned: isBoolean }),
  fuzzed(
    'extensionLimit',
    [
      dateArg,
      optionsArg(
        fc.record({ from: fc.constantFrom('receipt', 'reviewDeadline') }, { requiredKeys: [] }),
      ),
    ],
    call('extensionLimit'),
    { returned: isDate },
  ),
  fuzzed(
    'registrationDate',
    [
      instantArg,
      optionsArg(
        fc.record(
          { workdayEnd: fc.constantFrom('18:30', '17:00', '24:00', '9:00', '') },
          { requiredKeys: [] },
        ),
      ),
    ],
    call('registrationDate'),
    { returned: isDate },
  ),
  fuzzed('workingDaysBetween', [dateArg, dateArg, calendarOptions], call('workingDaysBetween')),
  fuzzed(
    'provisionalYearsBetween',
    [dateArg, dateArg, calendarOptions],
    call('provisionalYearsBetween'),
  ),
  ...[
    'calendarYearStatus',
    'isConfirmedYear',
    'calendarDays',
    'nonWorkingDays',
    'workingWeekendDays',
  ].map((name) => fuzzed(name, [yearArg, calendarOptions], call(name), { runs: 100 })),
  fuzzed('createWorkCalendar', [optionsArg(calendarOverridesArb)], call('createWorkCalendar'), {
    runs: 150,
  }),
  fuzzed('holidayInForce', [around(holidayRuleArb), yearArg], call('holidayInForce')),
  fuzzed(
    'formatLegalSource',
    [
      around(
        fc.constantFrom(
          { act: 'holidaysLaw', article: 'art. 5' },
          { act: 'labourCode' },
          { act: 'ДУМК', note: 'estimate' },
        ),
      ),
      localeArg,
    ],
    call('formatLegalSource'),
    { returned: isText },
  ),
];

const regions: Fuzzed[] = [
  fuzzed('regionByCode', [around(regionCodeArb)], call('regionByCode')),
  fuzzed('safeRegionByCode', [around(regionCodeArb)], call('safeRegionByCode'), { kind: 'safe' }),
  fuzzed('regionName', [around(regionCodeArb), localeArg], call('regionName'), {
    returned: isText,
  }),
  fuzzed(
    'compareRegionsByName',
    [localeArg, around(regionArb), around(regionArb)],
    (locale, x, y) => {
      const compare = api.compareRegionsByName(locale as never);
      return compare(x as never, y as never);
    },
  ),
  fuzzed(
    'sortRegionsByName',
    [around(fc.array(regionArb, { maxLength: 5 })), localeArg],
    call('sortRegionsByName'),
  ),
];

const period: Fuzzed[] = [
  fuzzed('parsePeriod', [periodArg], call('parsePeriod')),
  fuzzed('safeParsePeriod', [periodArg], call('safeParsePeriod'), { kind: 'safe' }),
  fuzzed('yearPeriod', [yearArg], call('yearPeriod')),
  fuzzed(
    'halfYearPeriod',
    [yearArg, around(fc.integer({ min: 0, max: 3 }))],
    call('halfYearPeriod'),
  ),
  fuzzed('quarterPeriod', [yearArg, around(fc.integer({ min: 0, max: 5 }))], call('quarterPeriod')),
  fuzzed('monthPeriod', [yearArg, around(fc.integer({ min: 0, max: 13 }))], call('monthPeriod')),
  fuzzed('monthsOfYear', [yearArg, around(fc.integer({ min: 0, max: 13 }))], call('monthsOfYear')),
  fuzzed('dayRangePeriod', [dateArg, dateArg], call('dayRangePeriod')),
  fuzzed('comparePeriods', [periodArg, periodArg], call('comparePeriods')),
  fuzzed('isSamePeriod', [periodArg, periodArg], call('isSamePeriod')),
  fuzzed('periodContains', [periodArg, dateArg], call('periodContains')),
  fuzzed(
    'formatPeriod',
    [
      periodArg,
      localeArg,
      optionsArg(fc.record({ style: fc.constantFrom('report', 'statistics') })),
    ],
    call('formatPeriod'),
    { returned: isText },
  ),
  fuzzed('samePeriodLastYear', [periodArg], call('samePeriodLastYear')),
  fuzzed('months', [periodArg], call('months')),
];

// A label function takes a key of its table and a locale: every one is tried
// with the keys of its own table around hostile values.
const LABELLED: [string, readonly string[]][] = [
  ['systemAccountHeading', api.SYSTEM_ACCOUNT_KEYS],
  ['systemAccountLabel', api.SYSTEM_ACCOUNT_KEYS],
  ['businessKindLabel', api.BUSINESS_KIND_KEYS],
  ['calendarDayKindLabel', api.CALENDAR_DAY_KIND_KEYS],
  ['appealTypeLabel', api.APPEAL_TYPE_KEYS],
  ['businessAnswerLabel', api.BUSINESS_ANSWER_KEYS],
  ['channelLabel', api.CHANNEL_KEYS],
  ['complaintEventTypeLabel', api.COMPLAINT_EVENT_TYPE_KEYS],
  ['complaintOutcomeLabel', api.COMPLAINT_OUTCOME_KEYS],
  ['complaintOutcomeGroupLabel', api.COMPLAINT_OUTCOME_GROUP_KEYS],
  ['refusalGroundLabel', api.REFUSAL_GROUND_KEYS],
  ['reliefKindLabel', api.RELIEF_KIND_KEYS],
  ['complaintStateLabel', api.COMPLAINT_STATE_KEYS],
  ['binEntityTypeLabel', api.BIN_ENTITY_TYPE_KEYS],
  ['binUnitLabel', api.BIN_UNIT_KEYS],
  ['iinSexLabel', Object.keys(api.IIN_SEXES)],
  ['lawsuitDecisionLabel', api.LAWSUIT_DECISION_KEYS],
  ['lawsuitEventTypeLabel', api.LAWSUIT_EVENT_TYPE_KEYS],
  ['lawsuitRoleLabel', api.LAWSUIT_ROLE_KEYS],
  ['lawsuitStateLabel', api.LAWSUIT_STATE_KEYS],
  ['outreachKindHeading', api.OUTREACH_KIND_KEYS],
  ['outreachKindLabel', api.OUTREACH_KIND_KEYS],
  ['socialPlatformLabel', api.SOCIAL_PLATFORM_KEYS],
  ['regionKindLabel', Object.keys(api.REGION_KINDS)],
  ['reportFigureLabel', api.REPORT_FIGURES],
];

const keyArg = (keys: readonly string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...keys), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '',
      ),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...keys).map((key) => [key]), weight: 1 },
    { arbitrary: hostile, weight: 2 },
  );

const labels: Fuzzed[] = LABELLED.map(([name, keys]) =>
  fuzzed(name, [keyArg(keys), localeArg], call(name), {
    runs: 120,
    returned: (value, [key, locale]) => {
      isText(value);
      // A figure of no known name is written as its path, as the report's CSV does.
      if (name === 'reportFigureLabel' && !keys.includes(key as string)) {
        expect(value).toBe(key);
        return;
      }
      // Only a key of the table, in a known locale, is answered.
      expect(keys).toContain(key);
      expect(api.LOCALES).toContain(locale);
      expect((value as string).length).toBeGreaterThan(0);
    },
  }),
);

// A predicate says yes or no to anything.
const PREDICATES: [string, readonly unknown[]][] = [
  ['isSystemAccount', api.SYSTEM_ACCOUNT_KEYS],
  ['isBusinessKind', api.BUSINESS_KIND_KEYS],
  ['isCalendarDayKind', api.CALENDAR_DAY_KIND_KEYS],
  ['isLegalActKey', Object.keys(api.LEGAL_ACTS)],
  ['isAppealType', api.APPEAL_TYPE_KEYS],
  ['isBusinessAnswer', api.BUSINESS_ANSWER_KEYS],
  ['isChannel', api.CHANNEL_KEYS],
  ['isComplaintEventType', api.COMPLAINT_EVENT_TYPE_KEYS],
  ['isComplaintOutcome', api.COMPLAINT_OUTCOME_KEYS],
  ['isComplaintState', api.COMPLAINT_STATE_KEYS],
  ['isLawsuitDecision', api.LAWSUIT_DECISION_KEYS],
  ['isLawsuitEventType', api.LAWSUIT_EVENT_TYPE_KEYS],
  ['isLawsuitRole', api.LAWSUIT_ROLE_KEYS],
  ['isLawsuitState', api.LAWSUIT_STATE_KEYS],
  ['isOutreachKind', api.OUTREACH_KIND_KEYS],
  ['isSocialPlatform', api.SOCIAL_PLATFORM_KEYS],
  ['isRegionCode', [...api.REGION_CODES, 79, 'KZ-79']],
];

const predicates: Fuzzed[] = PREDICATES.map(([name, keys]) =>
  fuzzed(name, [keyArg(keys as string[])], call(name), {
    runs: 100,
    kind: 'predicate',
    returned: (value, [key]) => {
      if (value === true) expect(typeof key === 'string' || typeof key === 'number').toBe(true);
    },
  }),
);

export const VALUE_FUNCTIONS: readonly Fuzzed[] = [
  ...money,
  ...ids,
  ...core,
  ...calendarFns,
  ...regions,
  ...period,
  ...labels,
  ...predicates,
];

// Valid input for every public function, as arbitraries: the hardening tests
// break it (hostile.ts) so that the fuzzing reaches the checks deep inside a
// record, not only the first `typeof`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { addDays } from '../../src/core/local-date.js';
import {
  buildReport,
  createWorkCalendar,
  emptyReport,
  KAZAKHSTAN_HOLIDAYS,
  kazakhstanCalendar,
  parseComplaintRecord,
  parseLawsuitRecord,
  type Report,
  replayComplaint,
  replayLawsuit,
  Tenge,
} from '../../src/index.js';
import { activityArb, appealArb, lawsuitArb, registrationArb } from '../report/arbitraries.js';

export { activityArb, appealArb, lawsuitArb, registrationArb };

const SAMPLE = join(import.meta.dirname, '../../examples/sample/shymkent-2024-01-05');

/** The Shymkent department's published figures for January–May 2024, as the sample ships them. */
export const PUBLISHED: unknown = JSON.parse(readFileSync(join(SAMPLE, 'published.json'), 'utf8'));

export const VALID_IIN = '900101300017';
export const HALYK_BIN = '940140000385';

/** A date around the years the calendar answers, and a few that are not dates. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.integer({ min: 0, max: 365 * 22 }).map((n) => addDays('2018-01-01', n)),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      '2024-02-29',
      '2023-02-29',
      '2024-02-30',
      '2024-13-01',
      '2020-01-01',
      '2038-12-31',
      '2039-01-01',
      '2019-12-31',
      '0000-01-01',
      '+02024-01-01',
      '2024-6-3',
    ),
    weight: 1,
  },
);

export const instantArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      dateArb,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('+05:00', '+06:00', 'Z', '+14:00', '-12:00', ''),
    )
    .map(
      ([date, h, m, zone]) =>
        `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${zone}`,
    ),
  fc.constantFrom(
    '2024-02-29T23:59:60+05:00',
    '2024-03-01T00:00:00+06:00',
    '2024-06-03T10:00:00.123456789+05:00',
  ),
);

export const amountTextArb: fc.Arbitrary<string> = fc.constantFrom(
  '72 млн.теңге',
  '1 424 750 теңге',
  '4 млн 671 мың теңге',
  '1 424 750,50 ₸',
  '₸1,424,750.50',
  '4 млн 671 тыс.',
  '223 929 млн теңге',
  '1 364,9 миллиард',
  '0',
  '-5',
  '1424750.50',
  '6,4 млн теңге',
  '1.000.000',
  '1,000',
);

export const tengeArb: fc.Arbitrary<Tenge> = fc.oneof(
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((t) => Tenge.fromTiyn(t)),
  fc.constantFrom(Tenge.zero, Tenge.maxValue, Tenge.minValue, Tenge.of('1424750.50')),
);

export const periodCodeArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 2019, max: 2040 }).map(String),
  fc
    .tuple(fc.integer({ min: 2019, max: 2040 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 2019, max: 2040 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2019, max: 2040 }), fc.integer({ min: 1, max: 2 }))
    .map(([y, h]) => `${y}-H${h}`),
  fc
    .tuple(fc.integer({ min: 2019, max: 2040 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-01/${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(dateArb, fc.integer({ min: 0, max: 400 }))
    .map(([d, n]) => `${d}/${addDays(d.length === 10 ? d : '2024-01-01', n)}`),
  fc.constantFrom(
    '2024-01/2024-05',
    '2024-03/2024-05',
    '2024-05/2024-01',
    '2024-Q5',
    '2024-H3',
    '1999',
    '2024-00',
  ),
);

export const regionCodeArb: fc.Arbitrary<string | number> = fc.constantFrom(
  '79',
  'KZ-79',
  '75',
  'KZ-75',
  79,
  '71',
  'KZ-ALA',
  '00',
  'KZ-00',
  'Shymkent',
  '7',
);

export const localeArb = fc.constantFrom('kk', 'ru', 'en');

/** The appeals of test/report/arbitraries.ts, and one that walks every kind of event. */
export const appealJsonArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  appealArb as fc.Arbitrary<Record<string, unknown>>,
  fc.constant(null).map(() => ({
    schemaVersion: 1,
    id: 'SH-2024-0412',
    receivedAt: '2024-06-03T10:00:00+05:00',
    channel: 'eTutynushy',
    appealType: 'complaint',
    region: '79',
    sector: 'retailTrade',
    subject: 'A refrigerator that does not cool',
    consumer: { kind: 'individual', iin: VALID_IIN, name: 'Айгүл' },
    business: { id: HALYK_BIN, name: 'Halyk Bank' },
    claimed: '250000',
    events: [
      { type: 'register', at: '2024-06-03' },
      { type: 'forwardToBusiness', at: '2024-06-04T09:00:00+05:00' },
      { type: 'businessAnswer', at: '2024-06-10', answer: 'partlyAccepted' },
      { type: 'extend', at: '2024-06-20', until: '2024-07-31' },
      { type: 'satisfy', at: '2024-07-01', refund: '125000.50', inKind: 'a new refrigerator' },
    ],
  })),
);

export const lawsuitJsonArb = lawsuitArb as fc.Arbitrary<Record<string, unknown>>;
export const activityJsonArb = activityArb as fc.Arbitrary<Record<string, unknown>>;
export const registrationJsonArb = registrationArb as fc.Arbitrary<Record<string, unknown>>;

export const businessJsonArb: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  {
    schemaVersion: 1,
    id: HALYK_BIN,
    kind: 'legalEntity',
    names: { kk: '«Қазақстан Халық Банкі» АҚ', ru: 'АО «Народный Банк Казахстана»' },
    region: '75',
    sector: 'financialServices',
  },
  {
    schemaVersion: 1,
    id: VALID_IIN,
    kind: 'individualEntrepreneur',
    names: { ru: 'ИП «Ахметов»' },
    region: 'KZ-79',
    sector: 'retailTrade',
  },
);

function parsedOrNothing<T>(parse: (input: unknown) => T, input: unknown): T | undefined {
  try {
    return parse(input);
  } catch {
    return undefined;
  }
}

/** Parsed appeal records: what replayComplaint takes. */
export const complaintRecordArb = appealJsonArb
  .map((json) => parsedOrNothing(parseComplaintRecord, json))
  .filter((record) => record !== undefined);

export const lawsuitRecordArb = lawsuitJsonArb
  .map((json) => parsedOrNothing(parseLawsuitRecord, json))
  .filter((record) => record !== undefined);

/** Replayed appeals and lawsuits: what applyComplaintEvent and isOverdue take. */
export const complaintArb = complaintRecordArb
  .map((record) => parsedOrNothing((r) => replayComplaint(r as never), record))
  .filter((complaint) => complaint !== undefined);

export const lawsuitArbReplayed = lawsuitRecordArb
  .map((record) => parsedOrNothing((r) => replayLawsuit(r as never), record))
  .filter((lawsuit) => lawsuit !== undefined);

export const complaintEventJsonArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(
      'register',
      'forwardToBusiness',
      'businessAnswer',
      'startReview',
      'extend',
      'satisfy',
      'explain',
      'redirect',
      'withdraw',
      'refuse',
      'return',
      'referToCourt',
    ),
    dateArb,
  )
  .map(([type, at]) => {
    const extra: Record<string, Record<string, unknown>> = {
      businessAnswer: { answer: 'accepted' },
      extend: { until: addDays(at.length === 10 ? at : '2024-06-03', 30) },
      satisfy: { refund: '1000' },
      redirect: { to: 'the tax authority' },
      refuse: { ground: 'courtDecision' },
      referToCourt: { lawsuitId: 'L-1' },
    };
    return { type, at, ...extra[type] };
  });

export const lawsuitEventJsonArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(
      'file',
      'hearing',
      'decide',
      'appeal',
      'settle',
      'withdraw',
      'dismiss',
      'recover',
    ),
    dateArb,
  )
  .map(([type, at]) => {
    const extra: Record<string, Record<string, unknown>> = {
      decide: { decision: 'forConsumer', awarded: '300000' },
      settle: { amount: '1000' },
      recover: { amount: '1000' },
    };
    return { type, at, ...extra[type] };
  });

/** Events as replays take them: parsed, money as Tenge. */
export const complaintEventArb = complaintEventJsonArb.map((event) =>
  event['type'] === 'satisfy' ? { ...event, refund: Tenge.of(1000) } : event,
);
export const lawsuitEventArb = lawsuitEventJsonArb.map((event) => {
  if (event['type'] === 'decide') return { ...event, awarded: Tenge.of(300000) };
  if (event['type'] === 'settle' || event['type'] === 'recover')
    return { ...event, amount: Tenge.of(1000) };
  return event;
});

const anyRecordsArb = fc.record({
  complaints: fc.array(appealJsonArb, { maxLength: 6 }),
  lawsuits: fc.array(lawsuitJsonArb, { maxLength: 3 }),
  activities: fc.array(activityJsonArb, { maxLength: 4 }),
  registrations: fc.array(registrationJsonArb, { maxLength: 4 }),
});

export const reportOptionsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    period: fc.constantFrom('2024-01/2024-05', '2024', '2024-Q1', '2023-12', '2024-H1'),
    regions: fc.constantFrom(['79'], ['79', '75'], [], ['KZ-71']),
    workdayEnd: fc.constantFrom('18:30', '17:00'),
    extensionFrom: fc.constantFrom('receipt', 'reviewDeadline'),
    source: fc.constantFrom('complaints.jsonl', 'shard-1'),
  },
  { requiredKeys: ['period'] },
);

export const reportInputsArb = anyRecordsArb;

/** Reports built from random records (rejected ones included) and the empty report. */
export const reportArb: fc.Arbitrary<Report> = fc.oneof(
  fc
    .tuple(anyRecordsArb, reportOptionsArb)
    .map(([inputs, options]) => buildReport(inputs, options as never)),
  fc.constantFrom('2024-01/2024-05', '2024').map((period) => emptyReport({ period })),
);

/** Reports as JSON, as stored and read back by parseReport. */
export const reportJsonArb = reportArb.map(
  (report) => JSON.parse(JSON.stringify(report)) as unknown,
);

/** Calendars: the default, a strict one, one with one more Kurban Ait. */
export const calendarArb = fc.constantFrom(
  kazakhstanCalendar,
  createWorkCalendar({ estimates: false }),
  createWorkCalendar({
    kurbanAit: [{ date: '2037-02-26', source: { act: 'test' } }],
  }),
);

export const calendarOptionsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  calendarArb.map((calendar) => ({ calendar })),
  fc.constant({}),
);

export const calendarOverridesArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    holidays: fc.constant([
      {
        key: 'testDay',
        month: 6,
        day: 3,
        from: 2024,
        name: { kk: 'Сынақ', ru: 'Тест', en: 'Test' },
        source: { act: 'holidaysLaw' },
      },
    ]),
    kurbanAit: fc.constant([{ date: '2037-02-26', source: { act: 'test' } }]),
    transferActs: fc.constant([
      { workingDay: '2024-06-01', dayOff: '2024-06-03', source: { act: 'test' } },
    ]),
    confirmedYears: fc.constantFrom([2024], [2037], []),
    estimates: fc.boolean(),
    base: fc.constantFrom(kazakhstanCalendar),
  },
  { requiredKeys: [] },
);

export const holidayRuleArb = fc.constantFrom(...KAZAKHSTAN_HOLIDAYS);

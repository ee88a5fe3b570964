// Worked examples: small hand-built record sets whose every KPI figure was
// counted by hand from the definitions (docs/report.md), including the
// edges — an appeal open at the start, one closed the day after the period,
// one received at 18:45 on its last day, one closed before it, one received
// after it, broken records — and a region filter.
import { describe, expect, it } from 'vitest';
import { parseComplaintRecord } from '../../src/complaint/parse.js';
import { buildReport, createReportBuilder } from '../../src/report/index.js';

interface Appeal {
  id: string;
  at: string;
  channel?: string;
  sector?: string;
  region?: string;
  events?: object[];
}

const appeal = ({
  id,
  at,
  channel = 'paper',
  sector = 'retailTrade',
  region = '79',
  events = [],
}: Appeal) => ({
  schemaVersion: 1,
  id,
  receivedAt: at,
  channel,
  appealType: 'complaint',
  region,
  sector,
  subject: 'Тауар сапасы',
  consumer: { kind: 'individual' },
  events,
});

const lawsuit = (id: string, role: string, events: object[], region = '79') => ({
  schemaVersion: 1,
  id,
  court: 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты',
  role,
  appealIds: [],
  claimed: '2000000',
  region,
  events,
});

const activity = (id: string, kind: string, date: string, extra: object = {}, region = '79') => ({
  schemaVersion: 1,
  id,
  kind,
  date,
  region,
  ...extra,
});

const COMPLAINTS = [
  // Open at the start: received in December, satisfied in January, three days late (due 2024-01-12).
  appeal({
    id: 'A1',
    at: '2023-12-20T10:00:00+06:00',
    events: [
      { type: 'register', at: '2023-12-20' },
      { type: 'startReview', at: '2023-12-21' },
      { type: 'satisfy', at: '2024-01-15', refund: '100000' },
    ],
  }),
  // Received and explained in time (due 2024-02-26).
  appeal({
    id: 'A2',
    at: '2024-02-05T09:00:00+06:00',
    channel: 'eOtinish',
    sector: 'eCommerce',
    events: [
      { type: 'register', at: '2024-02-05' },
      { type: 'startReview', at: '2024-02-06' },
      { type: 'explain', at: '2024-02-16' },
    ],
  }),
  // Still open at the end: carried over.
  appeal({
    id: 'A3',
    at: '2024-04-10T10:00:00+05:00',
    channel: 'eTutynushy',
    events: [{ type: 'register', at: '2024-04-10' }],
  }),
  // Closed the day after the period: carried over, its refund not counted.
  appeal({
    id: 'A4',
    at: '2024-05-20T10:00:00+05:00',
    sector: 'householdServices',
    events: [
      { type: 'register', at: '2024-05-20' },
      { type: 'startReview', at: '2024-05-21' },
      { type: 'satisfy', at: '2024-06-01', refund: '50000' },
    ],
  }),
  // Received at 18:45 on the last day: received that day, registered on the next working day.
  appeal({ id: 'A5', at: '2024-05-31T18:45:00+05:00', channel: 'eTutynushy', sector: 'catering' }),
  // Closed before the period: nothing.
  appeal({
    id: 'A6',
    at: '2023-11-10T10:00:00+06:00',
    events: [
      { type: 'register', at: '2023-11-10' },
      { type: 'startReview', at: '2023-11-13' },
      { type: 'explain', at: '2023-12-05' },
    ],
  }),
  // Received after the period: nothing.
  appeal({ id: 'A7', at: '2024-06-03T10:00:00+05:00' }),
  // A broken record: there is no channel «fax».
  appeal({ id: 'A8', at: '2024-03-04T10:00:00+05:00', channel: 'fax' }),
  // An impossible log: an explanation before any review.
  appeal({
    id: 'A9',
    at: '2024-03-04T10:00:00+05:00',
    events: [{ type: 'explain', at: '2024-03-05' }],
  }),
  // Another region: counted only without the region filter (timely: due 2024-04-01).
  appeal({
    id: 'A10',
    at: '2024-03-11T10:00:00+05:00',
    region: '75',
    sector: 'transport',
    events: [
      { type: 'register', at: '2024-03-11' },
      { type: 'startReview', at: '2024-03-12' },
      { type: 'satisfy', at: '2024-03-20', refund: '30000' },
    ],
  }),
  // Redirected within its 3 working days (due 2024-03-06).
  appeal({
    id: 'A11',
    at: '2024-03-01T11:00:00+05:00',
    sector: 'financialServices',
    events: [
      { type: 'register', at: '2024-03-01' },
      {
        type: 'redirect',
        at: '2024-03-05',
        to: 'Агентство по регулированию и развитию финансового рынка',
      },
    ],
  }),
];

const LAWSUITS = [
  // Heard in the period, decided after it.
  lawsuit('L1', 'thirdParty', [
    { type: 'file', at: '2024-01-20' },
    { type: 'hearing', at: '2024-03-05' },
    { type: 'decide', at: '2024-06-10', decision: 'forConsumer', awarded: '500000' },
  ]),
  // Decided before the period; money collected in it.
  lawsuit('L2', 'thirdParty', [
    { type: 'file', at: '2023-10-01' },
    { type: 'hearing', at: '2023-11-15' },
    { type: 'decide', at: '2023-12-01', decision: 'forConsumer', awarded: '300000' },
    { type: 'recover', at: '2024-02-15', amount: '200000' },
  ]),
  // Filed, never heard.
  lawsuit('L3', 'plaintiff', [{ type: 'file', at: '2024-02-01' }]),
  // Heard and decided partly for the consumer in the period, partly collected.
  lawsuit('L4', 'plaintiff', [
    { type: 'file', at: '2024-02-10' },
    { type: 'hearing', at: '2024-04-02' },
    { type: 'decide', at: '2024-04-02', decision: 'partlyForConsumer', awarded: '1424750' },
    { type: 'recover', at: '2024-05-30', amount: '424750' },
  ]),
  // Decided against, appealed, decided for on appeal: the second decision is the one in force.
  lawsuit('L5', 'thirdParty', [
    { type: 'file', at: '2024-01-10' },
    { type: 'hearing', at: '2024-02-01' },
    { type: 'decide', at: '2024-02-01', decision: 'againstConsumer' },
    { type: 'appeal', at: '2024-03-01' },
    { type: 'hearing', at: '2024-04-10' },
    { type: 'decide', at: '2024-04-10', decision: 'forConsumer', awarded: '100000' },
  ]),
];

const ACTIVITIES = [
  activity('O1', 'briefing', '2024-01-01'),
  activity('O2', 'socialPost', '2024-05-31', { platform: 'instagram' }),
  activity('O3', 'socialPost', '2024-03-03', { platform: 'facebook' }),
  activity('O4', 'mediaSpeech', '2023-12-31'),
  activity('O5', 'seminar', '2024-06-01'),
  activity('O6', 'roundTable', '2024-02-02', {}, '75'),
];

const REGISTRATIONS = [
  { schemaVersion: 1, id: 'R1', account: 'consumer', date: '2024-01-01', region: '79' },
  {
    schemaVersion: 1,
    id: 'R2',
    account: 'business',
    date: '2024-05-31',
    region: '79',
    businessId: '940140000385',
  },
  { schemaVersion: 1, id: 'R3', account: 'consumer', date: '2023-12-31', region: '79' },
  { schemaVersion: 1, id: 'R4', account: 'consumer', date: '2024-03-03' },
  { schemaVersion: 1, id: 'R5', account: 'consumer', date: '2024-06-01', region: '79' },
];

const INPUTS = {
  complaints: COMPLAINTS,
  lawsuits: LAWSUITS,
  activities: ACTIVITIES,
  registrations: REGISTRATIONS,
};

describe('buildReport: Shymkent, January–May 2024, by hand', () => {
  const report = buildReport(INPUTS, { period: '2024-01/2024-05', regions: ['79'] });

  it('counts the appeals', () => {
    const { appeals } = report;
    expect(appeals.openAtStart).toBe(1);
    expect(appeals.received).toBe(5);
    expect(appeals.reviewed).toBe(6);
    expect(appeals.outcomes).toEqual({
      satisfied: 1,
      explained: 1,
      redirected: 1,
      withdrawn: 0,
      referredToCourt: 0,
      refused: 0,
      returned: 0,
    });
    expect(appeals.closed).toBe(3);
    expect(appeals.carriedOver).toBe(3);
    expect(appeals.returnedToConsumers.toString()).toBe('100000.00');
    expect(appeals.satisfactionRate).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(appeals.satisfiedOfReviewed).toEqual({ numerator: 1, denominator: 6, value: 1 / 6 });
    expect(appeals.timelyRate).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(appeals.viaUnifiedSystem).toBe(2);
    expect(appeals.byChannel).toMatchObject({ paper: 2, eOtinish: 1, eTutynushy: 2 });
    expect(Object.values(appeals.byChannel).reduce((a, b) => a + b, 0)).toBe(5);
    expect(appeals.bySector).toMatchObject({
      eCommerce: 1,
      retailTrade: 1,
      householdServices: 1,
      catering: 1,
      financialServices: 1,
      transport: 0,
    });
    expect(appeals.byRegion).toEqual({ '79': 5 });
  });

  it('counts the lawsuits', () => {
    expect(report.lawsuits.participated).toBe(3);
    expect(report.lawsuits.asThirdParty).toBe(2);
    expect(report.lawsuits.asPlaintiff).toBe(1);
    expect(report.lawsuits.decidedForConsumers).toBe(2);
    expect(report.lawsuits.recovered.toString()).toBe('1524750.00');
    expect(report.lawsuits.collected.toString()).toBe('624750.00');
  });

  it('counts activities and registrations on the first and last days, not outside', () => {
    expect(report.outreach.total).toBe(3);
    expect(report.outreach.byKind).toMatchObject({
      briefing: 1,
      socialPost: 2,
      mediaSpeech: 0,
      seminar: 0,
    });
    expect(report.outreach.socialByPlatform).toMatchObject({
      instagram: 1,
      facebook: 1,
      telegram: 0,
    });
    expect(report.unifiedSystem).toEqual({
      consumerAccounts: 1,
      businessAccounts: 1,
      cumulative: { consumerAccounts: 2, businessAccounts: 1 },
      appeals: 2,
    });
  });

  it('lists the refused records and loses none', () => {
    expect(report.records).toEqual({
      complaints: { read: 11, accepted: 9, rejected: 2 },
      lawsuits: { read: 5, accepted: 5, rejected: 0 },
      activities: { read: 6, accepted: 6, rejected: 0 },
      registrations: { read: 5, accepted: 5, rejected: 0 },
    });
    expect(report.rejected.map((r) => [r.kind, r.index, r.id, r.error.code])).toEqual([
      ['complaint', 7, 'A8', 'INVALID_RECORD'],
      ['complaint', 8, 'A9', 'INVALID_TRANSITION'],
    ]);
    const broken = report.rejected[0]?.error.details as {
      issues: { code: string; path: string[] }[];
    };
    expect(broken.issues).toEqual([
      expect.objectContaining({ code: 'notOneOf', path: ['channel'], received: 'fax' }),
    ]);
  });

  it('keeps Σ outcomes + carriedOver = reviewed', () => {
    const { appeals } = report;
    const closed = Object.values(appeals.outcomes).reduce((a, b) => a + b, 0);
    expect(closed + appeals.carriedOver).toBe(appeals.reviewed);
  });

  it('is plain data: its JSON has amounts as decimal strings', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(json.appeals.returnedToConsumers).toBe('100000.00');
    expect(json.period).toMatchObject({
      code: '2024-01/2024-05',
      start: '2024-01-01',
      end: '2024-05-31',
    });
    expect(json.regions).toEqual(['79']);
    expect(json.provisional).toBe(false);
    expect(Object.isFrozen(report.appeals.outcomes)).toBe(true);
  });
});

describe('buildReport without a region filter', () => {
  const report = buildReport(INPUTS, { period: '2024-01/2024-05' });

  it('counts every region', () => {
    expect(report.regions).toBeNull();
    expect(report.appeals.received).toBe(6);
    expect(report.appeals.outcomes.satisfied).toBe(2);
    expect(report.appeals.returnedToConsumers.toString()).toBe('130000.00');
    expect(report.appeals.timelyRate).toMatchObject({ numerator: 3, denominator: 4 });
    expect(report.appeals.byRegion['75']).toBe(1);
    expect(report.appeals.byRegion['79']).toBe(5);
    expect(report.appeals.byRegion['71']).toBe(0);
    expect(report.outreach.total).toBe(4);
    expect(report.unifiedSystem.consumerAccounts).toBe(2);
  });
});

describe('the same report, however the records come', () => {
  const options = { period: '2024-01/2024-05', regions: ['79'] };
  const expected = JSON.stringify(buildReport(INPUTS, options));

  it('from parsed records, which are not validated again', () => {
    const parsed = COMPLAINTS.filter((c) => c.id !== 'A8').map((c) => parseComplaintRecord(c));
    const report = buildReport(
      { ...INPUTS, complaints: [...parsed.slice(0, 7), COMPLAINTS[7], ...parsed.slice(7)] },
      options,
    );
    expect(JSON.stringify(report)).toBe(expected);
  });

  it('from generators and async iterables (a Promise)', async () => {
    function* each<T>(list: readonly T[]) {
      yield* list;
    }
    async function* eachLater<T>(list: readonly T[]) {
      for (const item of list) yield await Promise.resolve(item);
    }
    expect(JSON.stringify(buildReport({ ...INPUTS, complaints: each(COMPLAINTS) }, options))).toBe(
      expected,
    );
    const later = buildReport({ ...INPUTS, lawsuits: eachLater(LAWSUITS) }, options);
    expect(later).toBeInstanceOf(Promise);
    expect(JSON.stringify(await later)).toBe(expected);
  });

  it('record by record', () => {
    const builder = createReportBuilder(options);
    for (const [kind, list] of [
      ['complaint', COMPLAINTS],
      ['lawsuit', LAWSUITS],
      ['activity', ACTIVITIES],
      ['registration', REGISTRATIONS],
    ] as const) {
      for (const record of list) builder.add(kind, record);
    }
    expect(JSON.stringify(builder.result())).toBe(expected);
  });
});

describe('report options', () => {
  it('refuse a bad period, region or option', () => {
    expect(() => buildReport({}, { period: '2024-13' })).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => buildReport({}, { period: '2024-05', regions: ['99'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_REGION' }),
    );
    expect(() => buildReport({}, { period: '2024-05', region: '79' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => buildReport({ appeals: [] } as never, { period: '2024-05' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => buildReport({ complaints: 5 } as never, { period: '2024-05' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

// The sample's records look like a department's: each parses and replays,
// its dates fall on the Kazakhstan working-day calendar and within the legal
// clocks (with a few late reviews and extensions), its businesses carry real
// BINs and its consumers no real person's IIN.
import { describe, expect, it } from 'vitest';
import {
  isValidBin,
  isValidIin,
  isWorkingDay,
  parseComplaintRecord,
  parseLawsuitRecord,
  parseOutreachActivityRecord,
  parseSystemRegistrationRecord,
  registrationDate,
  replayComplaint,
  replayLawsuit,
} from '../../src/index.js';
import published from '../fixtures/ids/valid-bins.json' with { type: 'json' };
import vectors from '../fixtures/ids/vectors.json' with { type: 'json' };
import { activities, complaints, lawsuits, registrations } from './sample.js';

interface Event {
  readonly type: string;
  readonly at: string;
  readonly [field: string]: unknown;
}

const appeals = complaints.map((record) => ({
  record,
  events: record['events'] as Event[],
  appeal: replayComplaint(parseComplaintRecord(record)),
}));

/** The day the records were exported: no event is later. */
const EXPORTED_ON = '2024-06-14';

const REAL_BINS = new Set([...published.bins, ...vectors.validBinsNamed.map((named) => named.bin)]);
const SYNTHETIC_IINS = new Set([
  ...vectors.validIinsSyntheticFirstPass,
  ...vectors.validIinsSyntheticSecondPass,
]);

const share = (count: number, of: number) => count / of;

describe('the sample appeals', () => {
  it('parse and replay, in Shymkent, received from November 2023 to May 2024', () => {
    expect(appeals).toHaveLength(1902);
    for (const { appeal } of appeals) {
      expect(appeal.region).toBe('79');
      expect(appeal.receivedOn >= '2023-11-01' && appeal.receivedOn <= '2024-05-31').toBe(true);
    }
    expect(new Set(complaints.map((c) => c['id'])).size).toBe(1902);
  });

  it('give receipt instants on the Almaty clock: UTC+6 before 1 March 2024, UTC+5 from then', () => {
    for (const { record, appeal } of appeals) {
      const offset = appeal.receivedOn < '2024-03-01' ? '+06:00' : '+05:00';
      expect(record['receivedAt'] as string).toMatch(
        new RegExp(`^${appeal.receivedOn}T\\d\\d:\\d\\d:00\\${offset}$`),
      );
    }
  });

  it('are registered on their registration day, and every event falls on a working day by the export', () => {
    for (const { record, events } of appeals) {
      expect(events[0]).toEqual({
        type: 'register',
        at: registrationDate(record['receivedAt'] as string),
      });
      for (const event of events) {
        expect(isWorkingDay(event.at), `${record['id']}: ${event.type} on ${event.at}`).toBe(true);
        expect(event.at <= EXPORTED_ON).toBe(true);
      }
    }
  });

  it('arrive in office hours on paper and in person, and also evenings and days off through the portals', () => {
    const timeOf = (record: Record<string, unknown>) =>
      (record['receivedAt'] as string).slice(11, 16);
    const onDayOff = appeals.filter(({ appeal }) => !isWorkingDay(appeal.receivedOn));
    const evening = appeals.filter(({ record }) => timeOf(record) >= '18:30');
    for (const { record, appeal } of appeals) {
      if (record['channel'] === 'paper' || record['channel'] === 'reception') {
        expect(isWorkingDay(appeal.receivedOn)).toBe(true);
        expect(timeOf(record) >= '09:00' && timeOf(record) < '18:30').toBe(true);
      }
    }
    for (const { record } of [...onDayOff, ...evening]) {
      expect(['eTutynushy', 'eOtinish', 'email', 'messenger']).toContain(record['channel']);
    }
    expect(onDayOff.length).toBeGreaterThan(50);
    expect(evening.length).toBeGreaterThan(50);
    // The edge of the docs: 18:45 on 31 May is received in the period, registered on 3 June.
    const lastMinute = appeals.find(({ record }) =>
      (record['receivedAt'] as string).startsWith('2024-05-31T18:45'),
    );
    expect(lastMinute?.events[0]).toEqual({ type: 'register', at: '2024-06-03' });
  });

  it('are mostly reviewed in time, a few late, a few extended (with a reason) and some forwarded to the seller first', () => {
    const closed = appeals.filter(
      ({ appeal }) => appeal.closedOn !== undefined && appeal.closedOn <= '2024-05-31',
    );
    const late = closed.filter(({ appeal }) => appeal.timely === false);
    expect(late.length).toBeGreaterThanOrEqual(10);
    expect(share(late.length, closed.length)).toBeLessThan(0.05);
    const extended = appeals.filter(({ events }) => events.some((e) => e.type === 'extend'));
    expect(extended.length).toBeGreaterThanOrEqual(10);
    for (const { events, appeal } of extended) {
      const extension = events.find((e) => e.type === 'extend') as Event;
      expect((extension['reason'] as string).length).toBeGreaterThan(10);
      expect((extension['until'] as string) <= appeal.deadlines.extensionLimit).toBe(true);
    }
    const forwarded = appeals.filter(({ events }) =>
      events.some((e) => e.type === 'forwardToBusiness'),
    );
    expect(share(forwarded.length, appeals.length)).toBeGreaterThan(0.2);
    // On the E-Tutynushy route the claim goes to the seller on registration.
    const viaSystem = appeals.filter(({ record }) => record['channel'] === 'eTutynushy');
    const atOnce = viaSystem.filter(
      ({ events }) => events[1]?.type === 'forwardToBusiness' && events[1].at === events[0]?.at,
    );
    expect(share(atOnce.length, viaSystem.length)).toBeGreaterThan(0.5);
  });

  it('name businesses by real BINs (or entrepreneurs by synthetic IINs), and consumers by no real IIN', () => {
    for (const { record } of appeals) {
      const business = record['business'] as { id: string; name?: string } | undefined;
      if (business !== undefined) {
        expect(REAL_BINS.has(business.id) || SYNTHETIC_IINS.has(business.id), business.id).toBe(
          true,
        );
        expect(isValidBin(business.id) || isValidIin(business.id)).toBe(true);
      }
      const consumer = record['consumer'] as { kind: string; iin?: string; bin?: string };
      if (consumer.iin !== undefined) expect(SYNTHETIC_IINS.has(consumer.iin)).toBe(true);
      if (consumer.bin !== undefined) expect(REAL_BINS.has(consumer.bin)).toBe(true);
    }
  });

  it('are about retail and e-commerce most, in Kazakh and in Russian', () => {
    const subjects = new Set(complaints.map((c) => c['subject'] as string));
    expect(subjects.size).toBeGreaterThanOrEqual(40);
    const kazakh = [...subjects].filter((s) => /[әғқңөұүһі]/i.test(s));
    const russian = [...subjects].filter((s) => !/[әғқңөұүһі]/i.test(s));
    expect(kazakh.length).toBeGreaterThanOrEqual(15);
    expect(russian.length).toBeGreaterThanOrEqual(15);
    expect(subjects).toContain('Сапасыз тауар');
    expect(subjects).toContain('Возврат денег за некачественный товар');
  });

  it('refund consumer-sized sums, some to the tiyn', () => {
    const refunds = appeals.flatMap(({ events }) =>
      events
        .filter((e) => e.type === 'satisfy' && e['refund'] !== undefined)
        .map((e) => Number(e['refund'])),
    );
    expect(refunds.every((amount) => amount >= 2_000 && amount <= 900_000)).toBe(true);
    expect(refunds.filter((amount) => !Number.isInteger(amount)).length).toBeGreaterThan(50);
    const inKind = appeals.filter(({ events }) =>
      events.some((e) => e.type === 'satisfy' && e['inKind'] !== undefined),
    );
    expect(inKind.length).toBeGreaterThan(50);
  });
});

describe('the sample lawsuits', () => {
  it('parse and replay, each the court case of the one appeal referred to court with its id', () => {
    const referred = appeals.filter(({ appeal }) => appeal.outcome === 'referredToCourt');
    expect(referred).toHaveLength(9);
    for (const record of lawsuits) {
      const lawsuit = replayLawsuit(parseLawsuitRecord(record));
      expect(lawsuit.role).toBe('thirdParty');
      expect(lawsuit.court).toBe(
        'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты',
      );
      const [appealId] = lawsuit.appealIds;
      const appeal = referred.find(({ record: r }) => r['id'] === appealId);
      expect(appeal?.events.at(-1)).toMatchObject({ type: 'referToCourt', lawsuitId: lawsuit.id });
      expect(
        lawsuit.filedOn !== undefined && lawsuit.filedOn > (appeal?.appeal.closedOn as string),
      ).toBe(true);
      for (const event of record['events'] as Event[]) expect(isWorkingDay(event.at)).toBe(true);
    }
    expect(lawsuits).toHaveLength(9);
  });
});

describe('the sample outreach and registrations', () => {
  it('hold outreach on working days of the period, posts with their links', () => {
    const links = new Set<string>();
    for (const record of activities) {
      const activity = parseOutreachActivityRecord(record);
      expect(activity.date >= '2024-01-01' && activity.date <= '2024-05-31').toBe(true);
      expect(isWorkingDay(activity.date)).toBe(true);
      if (activity.kind === 'socialPost') {
        expect(activity.link).toMatch(
          activity.platform === 'instagram'
            ? /^https:\/\/www\.instagram\.com\/p\/[A-Za-z0-9_-]{11}\/$/
            : /^https:\/\/www\.facebook\.com\/\d+\/posts\/\d{16}$/,
        );
        links.add(activity.link as string);
      } else {
        expect(activity.partner).toBeTruthy();
      }
    }
    expect(links.size).toBe(1960);
  });

  it('open accounts over the whole period, businesses by distinct valid BINs or IINs', () => {
    const businesses = new Set<string>();
    const months = new Set<string>();
    for (const record of registrations) {
      const registration = parseSystemRegistrationRecord(record);
      expect(registration.date >= '2024-01-01' && registration.date <= '2024-05-31').toBe(true);
      months.add(registration.date.slice(0, 7));
      if (registration.account === 'business') {
        const id = registration.businessId;
        expect(isValidBin(id) || SYNTHETIC_IINS.has(id), id).toBe(true);
        businesses.add(id);
      }
    }
    expect(businesses.size).toBe(412);
    expect(months.size).toBe(5);
  });
});

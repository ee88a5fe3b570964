// Random record sets for the report's laws: appeals, lawsuits, activities
// and registrations around the first months of 2024, in three regions, with
// a share of broken records and impossible logs.
import { fc } from '@fast-check/vitest';
import { addDays } from '../../src/core/local-date.js';
import type { ReportRecordKind } from '../../src/report/index.js';

const REGIONS = ['79', '75', '71'] as const;
const CHANNELS = ['paper', 'eOtinish', 'eTutynushy', 'hotline'] as const;
const SECTORS = ['retailTrade', 'eCommerce', 'catering', 'transport'] as const;
const FIRST_DAY = '2023-11-01';

const day = (offset: number): string => addDays(FIRST_DAY, offset);

const closings = [
  (at: string) => ({ type: 'satisfy', at, refund: '12500.50' }),
  (at: string) => ({ type: 'satisfy', at, inKind: true }),
  (at: string) => ({ type: 'explain', at }),
  (at: string) => ({ type: 'referToCourt', at }),
  (at: string) => ({ type: 'withdraw', at }),
] as const;

/** One appeal as stored JSON: received on a random day, closed some days later or still open. */
export const appealArb = fc
  .record({
    received: fc.integer({ min: 0, max: 250 }),
    hour: fc.integer({ min: 8, max: 20 }),
    region: fc.constantFrom(...REGIONS),
    channel: fc.constantFrom(...CHANNELS),
    sector: fc.constantFrom(...SECTORS),
    path: fc.constantFrom('open', 'registered', 'redirected', 'closed', 'broken', 'impossible'),
    after: fc.integer({ min: 1, max: 60 }),
    closing: fc.integer({ min: 0, max: closings.length - 1 }),
  })
  .map(({ received, hour, region, channel, sector, path, after, closing }) => {
    const on = day(received);
    const at = `${on}T${String(hour).padStart(2, '0')}:30:00+05:00`;
    const events: object[] = [];
    if (path !== 'open' && path !== 'impossible') events.push({ type: 'register', at: on });
    if (path === 'redirected') events.push({ type: 'redirect', at: addDays(on, 1) });
    if (path === 'closed') {
      events.push({ type: 'startReview', at: addDays(on, 1) });
      events.push((closings[closing] as (at: string) => object)(addDays(on, after)));
    }
    if (path === 'impossible') events.push({ type: 'explain', at: on });
    return {
      schemaVersion: 1,
      id: `A-${received}-${hour}-${after}`,
      receivedAt: at,
      channel: path === 'broken' ? 'fax' : channel,
      appealType: 'complaint',
      region,
      sector,
      subject: 'Тауар сапасы',
      consumer: { kind: 'individual' },
      events,
    };
  });

/** One lawsuit as stored JSON: filed, heard, maybe decided and collected. */
export const lawsuitArb = fc
  .record({
    filed: fc.integer({ min: 0, max: 200 }),
    gaps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 3 }),
    role: fc.constantFrom('thirdParty', 'plaintiff'),
    region: fc.constantFrom(...REGIONS),
    decision: fc.constantFrom('forConsumer', 'partlyForConsumer', 'againstConsumer', 'none'),
  })
  .map(({ filed, gaps, role, region, decision }) => {
    const [a = 1, b = 1, c = 1] = gaps;
    const events: object[] = [
      { type: 'file', at: day(filed) },
      { type: 'hearing', at: day(filed + a) },
    ];
    if (decision !== 'none') {
      events.push({
        type: 'decide',
        at: day(filed + a + b),
        decision,
        ...(decision === 'againstConsumer' ? {} : { awarded: '300000' }),
      });
      if (decision !== 'againstConsumer')
        events.push({ type: 'recover', at: day(filed + a + b + c), amount: '100000' });
    }
    return {
      schemaVersion: 1,
      id: `L-${filed}-${a}-${b}`,
      court: 'Шымкент қаласының МАЭС',
      role,
      appealIds: [],
      claimed: '300000',
      region,
      events,
    };
  });

/** One outreach activity. */
export const activityArb = fc
  .record({
    on: fc.integer({ min: 0, max: 250 }),
    region: fc.constantFrom(...REGIONS),
    kind: fc.constantFrom('briefing', 'socialPost', 'mediaSpeech', 'tweet'),
    platform: fc.constantFrom('instagram', 'facebook', 'telegram'),
  })
  .map(({ on, region, kind, platform }) => ({
    schemaVersion: 1,
    id: `O-${on}`,
    kind,
    date: day(on),
    region,
    ...(kind === 'socialPost' ? { platform } : {}),
  }));

/** One E-Tutynushy registration, sometimes without a region. */
export const registrationArb = fc
  .record({
    on: fc.integer({ min: 0, max: 250 }),
    region: fc.constantFrom(...REGIONS, undefined),
    account: fc.constantFrom('consumer', 'business'),
  })
  .map(({ on, region, account }) => ({
    schemaVersion: 1,
    id: `R-${on}`,
    account,
    date: day(on),
    ...(region === undefined ? {} : { region }),
    ...(account === 'business' ? { businessId: '940140000385' } : {}),
  }));

/** A record of any kind, with its kind. */
export const recordArb: fc.Arbitrary<{ kind: ReportRecordKind; record: object }> = fc.oneof(
  appealArb.map((record) => ({ kind: 'complaint' as const, record })),
  lawsuitArb.map((record) => ({ kind: 'lawsuit' as const, record })),
  activityArb.map((record) => ({ kind: 'activity' as const, record })),
  registrationArb.map((record) => ({ kind: 'registration' as const, record })),
);

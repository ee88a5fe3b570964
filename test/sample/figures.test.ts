// The bundled Shymkent sample through the report engine: every figure the
// department published for January–May 2024, by value, from the committed
// records (docs/report.md defines each figure).
import { describe, expect, it } from 'vitest';
import { formatTenge } from '../../src/money/index.js';
import { report } from './sample.js';

describe('the Shymkent sample, January–May 2024', () => {
  it('covers the published period and region', () => {
    expect(report.period).toMatchObject({
      code: '2024-01/2024-05',
      start: '2024-01-01',
      end: '2024-05-31',
    });
    expect(report.regions).toEqual(['79']);
    expect(report.provisional).toBe(false);
  });

  it('refuses no record: every one parses and replays', () => {
    expect(report.records).toEqual({
      complaints: { read: 1902, accepted: 1902, rejected: 0 },
      lawsuits: { read: 9, accepted: 9, rejected: 0 },
      activities: { read: 2156, accepted: 2156, rejected: 0 },
      registrations: { read: 1970, accepted: 1970, rejected: 0 },
    });
    expect(report.rejected).toEqual([]);
  });

  it('work in the unified system: 1558 users, 412 businesses, 112 appeals through it', () => {
    expect(report.unifiedSystem).toEqual({
      consumerAccounts: 1558,
      businessAccounts: 412,
      // The sample holds no account opened before 2024.
      cumulative: { consumerAccounts: 1558, businessAccounts: 412 },
      appeals: 112,
    });
    expect(report.appeals.viaUnifiedSystem).toBe(112);
    expect(report.appeals.byChannel.eTutynushy).toBe(112);
  });

  it('outreach: 69 speeches, 114 publications, 980 + 980 posts, 13 briefings — 2156', () => {
    expect(report.outreach.byKind).toEqual({
      mediaSpeech: 69,
      mediaPublication: 114,
      socialPost: 1960,
      briefing: 13,
      roundTable: 0,
      seminar: 0,
      meeting: 0,
      other: 0,
    });
    expect(report.outreach.socialByPlatform).toMatchObject({ instagram: 980, facebook: 980 });
    expect(Object.values(report.outreach.socialByPlatform).reduce((a, b) => a + b, 0)).toBe(1960);
    expect(report.outreach.total).toBe(2156);
  });

  it('appeals: 1902 reviewed — 1664 satisfied, 135 explained, 58 redirected, 21 withdrawn, 9 to court, 15 carried over', () => {
    const { appeals } = report;
    expect(appeals.reviewed).toBe(1902);
    expect(appeals.openAtStart + appeals.received).toBe(1902);
    expect([appeals.openAtStart, appeals.received]).toEqual([47, 1855]);
    expect(appeals.outcomes).toEqual({
      satisfied: 1664,
      explained: 135,
      redirected: 58,
      withdrawn: 21,
      referredToCourt: 9,
      refused: 0,
      returned: 0,
    });
    expect(appeals.carriedOver).toBe(15);
    const closed = Object.values(appeals.outcomes).reduce((a, b) => a + b, 0);
    expect(closed).toBe(appeals.closed);
    expect(closed + appeals.carriedOver).toBe(appeals.reviewed);
  });

  it('returns 71 984 356,40 tenge to consumers: «72 млн теңге»', () => {
    const returned = report.appeals.returnedToConsumers;
    expect(returned.toString()).toBe('71984356.40');
    expect(formatTenge(returned, { locale: 'kk', unit: 'word', compact: true })).toBe(
      '72\u00a0млн\u00a0теңге',
    );
  });

  it('rates follow from the counts', () => {
    const { satisfactionRate, satisfiedOfReviewed, timelyRate } = report.appeals;
    expect(satisfactionRate).toMatchObject({ numerator: 1664, denominator: 1887 });
    expect(satisfiedOfReviewed).toMatchObject({ numerator: 1664, denominator: 1902 });
    // A few reviews were late; most closed by their deadline.
    expect(timelyRate.denominator).toBe(1887);
    expect(timelyRate.numerator).toBeLessThan(1887);
    expect(timelyRate.value).toBeGreaterThan(0.95);
  });

  it('lawsuits: 9 heard, all as a third party; 4 decided for consumers, 1 424 750 tenge awarded', () => {
    expect(report.lawsuits.participated).toBe(9);
    expect(report.lawsuits.asThirdParty).toBe(9);
    expect(report.lawsuits.asPlaintiff).toBe(0);
    expect(report.lawsuits.decidedForConsumers).toBe(4);
    expect(report.lawsuits.recovered.toString()).toBe('1424750.00');
    // Collected in the period: one award paid in April, one settlement.
    expect(report.lawsuits.collected.toString()).toBe('562300.00');
  });

  it('counts the received appeals by channel, sector and region, each adding up to 1855', () => {
    const { byChannel, bySector, byRegion, received } = report.appeals;
    const sum = (figures: Readonly<Record<string, number | undefined>>) =>
      Object.values(figures).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum(byChannel)).toBe(received);
    expect(sum(bySector)).toBe(received);
    expect(byRegion).toEqual({ 79: received });
    // e-Otinish brings most; retail trade and e-commerce are most complained of.
    const most = (figures: Readonly<Record<string, number>>) =>
      Object.entries(figures)
        .sort((a, b) => b[1] - a[1])
        .map(([key]) => key);
    expect(most(byChannel)[0]).toBe('eOtinish');
    expect(most(bySector).slice(0, 2)).toEqual(['retailTrade', 'eCommerce']);
  });
});

// Reconciliation against figures as departments published them, including
// those that do not add up: Shymkent's outreach (5 months of 2024),
// Kyzylorda's appeals (Q1 2024) and Atyrau's (totals, shares and growth on
// the wrong base).
import { describe, expect, it } from 'vitest';
import { buildReport, formatFinding, reconcilePublished } from '../../src/report/index.js';
import { thrown } from '../support/errors.js';

describe('reconcilePublished', () => {
  it("finds Shymkent's outreach total: 2165 published, its parts sum to 2156", () => {
    const { findings } = reconcilePublished({
      period: '2024-01/2024-05',
      region: '79',
      outreach: {
        total: 2165,
        byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 },
        socialByPlatform: { instagram: 980, facebook: 980 },
      },
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'partsBelowTotal',
        path: 'outreach.total',
        stated: 2165,
        computed: 2156,
        difference: 9,
        parts: [
          'outreach.byKind.mediaSpeech',
          'outreach.byKind.mediaPublication',
          'outreach.byKind.socialPost',
          'outreach.byKind.briefing',
        ],
      }),
    ]);
    expect(findings[0]?.message).toBe(
      'outreach.total: stated 2165, but its parts sum to 2156: 9 unexplained',
    );
    expect(formatFinding(findings[0] as never, 'kk')).toBe(
      'outreach.total: 2165 көрсетілген, бірақ бөліктерінің қосындысы 2156: 9 түсіндірілмеген',
    );
  });

  it("finds nothing in Shymkent's consistent outcome table", () => {
    const { findings } = reconcilePublished({
      period: '2024-01/2024-05',
      region: '79',
      appeals: {
        reviewed: 1902,
        outcomes: {
          satisfied: 1664,
          explained: 135,
          redirected: 58,
          withdrawn: 21,
          referredToCourt: 9,
        },
        carriedOver: 15,
        viaUnifiedSystem: 112,
        returnedToConsumers: { text: '72 млн.теңге' },
      },
      lawsuits: {
        participated: 9,
        asThirdParty: 9,
        decidedForConsumers: 4,
        recovered: { text: '1 424 750 теңге' },
      },
      unifiedSystem: { consumerAccounts: 1558, businessAccounts: 412, appeals: 112 },
    });
    expect(findings).toEqual([]);
  });

  it("finds Kyzylorda's 8 unclassified appeals of 117", () => {
    const { findings } = reconcilePublished({
      period: '2024-Q1',
      region: '43',
      appeals: {
        reviewed: 117,
        outcomes: { satisfied: 62, explained: 3, redirected: 44 },
        returnedToConsumers: { text: '6,4 млн теңге' },
      },
    });
    expect(findings.map((f) => [f.code, f.path, f.stated, f.computed, f.difference])).toEqual([
      ['partsBelowTotal', 'appeals.reviewed', 117, 109, 8],
    ]);
  });

  it("finds Atyrau's parts over their total, a share of 578 not 541, and growth over this year's figure", () => {
    const { findings } = reconcilePublished({
      period: '2024',
      region: '23',
      appeals: {
        reviewed: 541,
        outcomes: { satisfied: 372, explained: 163, redirected: 39 },
        carriedOver: 4,
      },
      percentages: [{ of: 'appeals.outcomes.satisfied', base: 'appeals.reviewed', value: 64 }],
      growth: [{ figure: 'appeals.reviewed', previous: 320, percent: { text: '41%' } }],
    });
    expect(
      findings.map((f) => [f.code, f.path, f.stated, f.computed, f.difference ?? f.base]),
    ).toEqual([
      ['partsAboveTotal', 'appeals.reviewed', 541, 578, -37],
      ['percentageOtherBase', 'appeals.outcomes.satisfied', 64, 68.76, 'sum:appeals.reviewed'],
      ['growthOtherBase', 'appeals.reviewed', 41, 69.06, 'current'],
    ]);
    expect(findings[1]?.message).toBe(
      'appeals.outcomes.satisfied: the stated 64% is not a share of the base it claims (68.76%) but of the sum of the parts of appeals.reviewed',
    );
    expect(formatFinding(findings[2] as never, 'ru')).toBe(
      'appeals.reviewed: указанный рост 41% посчитан к показателю этого года, а не прошлого (69,06%)',
    );
    expect(formatFinding(findings[1] as never, 'kk')).toBe(
      'appeals.outcomes.satisfied: көрсетілген 64% мәлімделген базадан есептелмеген (68,76%), ол мына базадан есептелген: appeals.reviewed бөліктерінің қосындысы',
    );
    expect(formatFinding(findings[0] as never, 'en')).toBe(
      'appeals.reviewed: stated 541, but its parts sum to 578, 37 more than the total',
    );
  });

  it('names growth stated as a ratio («на 120,4% больше» meaning 120.4 % of last year)', () => {
    const { findings } = reconcilePublished({
      period: '2024',
      appeals: { received: 602 },
      growth: [
        { figure: 'appeals.received', previous: 500, percent: { text: 'на 120,4% больше' } },
      ],
    });
    expect(findings.map((f) => [f.code, f.base])).toEqual([['growthOtherBase', 'ratio']]);
    expect(
      reconcilePublished({
        period: '2024',
        appeals: { received: 602 },
        growth: [{ figure: 'appeals.received', previous: 500, percent: 20.4 }],
      }).findings,
    ).toEqual([]);
  });

  it('checks stated figures against the report of the records, a rounded amount agreeing', () => {
    const report = buildReport(
      {
        complaints: [
          {
            schemaVersion: 1,
            id: 'A-1',
            receivedAt: '2024-05-03T10:00:00+05:00',
            channel: 'paper',
            appealType: 'complaint',
            region: '79',
            sector: 'retailTrade',
            subject: 'Тауар',
            consumer: { kind: 'individual' },
            events: [
              { type: 'register', at: '2024-05-03' },
              { type: 'startReview', at: '2024-05-06' },
              { type: 'satisfy', at: '2024-05-20', refund: '71800000' },
            ],
          },
        ],
      },
      { period: '2024-01/2024-05', regions: ['79'] },
    );
    const check = (appeals: object) =>
      reconcilePublished({ period: '2024-01/2024-05', region: '79', appeals }, { report }).findings;
    expect(check({ reviewed: 1, returnedToConsumers: { text: '72 млн теңге' } })).toEqual([]);
    expect(check({ reviewed: 2, returnedToConsumers: { text: '71,8 млн теңге' } })).toEqual([
      expect.objectContaining({
        code: 'differsFromRecords',
        path: 'appeals.reviewed',
        stated: 2,
        computed: 1,
        difference: 1,
      }),
    ]);
    expect(check({ returnedToConsumers: { text: '73 млн теңге' } })).toEqual([
      expect.objectContaining({
        code: 'differsFromRecords',
        path: 'appeals.returnedToConsumers',
        stated: '73000000.00',
        computed: '71800000.00',
        difference: '1200000.00',
      }),
    ]);
    expect(
      thrown(
        () => reconcilePublished({ period: '2024-05', appeals: {} }, { report }),
        'INCOMPATIBLE_REPORTS',
      ).details.problem,
    ).toBe('period');
  });

  it('reports a total once when the records confirm its stated parts, twice when they confirm neither', () => {
    const briefing = (id: string) => ({
      schemaVersion: 1,
      id,
      kind: 'briefing',
      date: '2024-05-14',
      region: '79',
    });
    const published = {
      period: '2024-05',
      region: '79',
      outreach: { total: 3, byKind: { briefing: 2 } },
    };
    const scope = { period: '2024-05', regions: ['79'] };
    const found = (activities: object[]) =>
      reconcilePublished(published, { report: buildReport({ activities }, scope) }).findings.map(
        (f) => [f.code, f.path, f.stated, f.computed],
      );
    expect(found([briefing('O-1'), briefing('O-2')])).toEqual([
      ['partsBelowTotal', 'outreach.total', 3, 2],
    ]);
    expect(found([briefing('O-1')])).toEqual([
      ['partsBelowTotal', 'outreach.total', 3, 2],
      ['differsFromRecords', 'outreach.total', 3, 1],
      ['differsFromRecords', 'outreach.byKind.briefing', 2, 1],
    ]);
  });

  it('names a figure it cannot read, and refuses figures in a wrong shape', () => {
    const { findings } = reconcilePublished({
      period: '2024',
      appeals: { reviewed: { text: 'көп' } },
    });
    expect(findings.map((f) => [f.code, f.path, f.stated])).toEqual([
      ['unreadable', 'appeals.reviewed', 'көп'],
    ]);
    const error = thrown(
      () => reconcilePublished({ period: '2024', appeals: { reviewd: 5 } }),
      'INVALID_RECORD',
    );
    expect(error.details.kind).toBe('publishedReport');
    expect(error.details.issues[0]).toMatchObject({ code: 'unknownField', keys: ['reviewd'] });
    expect(
      thrown(() => reconcilePublished({ period: '2024-13' }), 'INVALID_PERIOD').details.problem,
    ).toBe('monthOutOfRange');
  });
});

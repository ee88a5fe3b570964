// The figures as published against the sample's records: the outreach total
// (2165, though its parts add up to 2156) is the one thing that does not
// agree; every other published figure matches the records.
import { describe, expect, it } from 'vitest';
import {
  formatFinding,
  PublishedReportSchema,
  reconcilePublished,
} from '../../src/report/index.js';
import { published, report } from './sample.js';

describe('the published Shymkent figures against the sample', () => {
  it('are in the shape of PublishedReportSchema, the amounts as printed', () => {
    expect(PublishedReportSchema.safeParse(published).success).toBe(true);
    expect(published).toMatchObject({
      period: '2024-01/2024-05',
      region: '79',
      outreach: { total: 2165 },
      appeals: { returnedToConsumers: { text: '72 млн.теңге' } },
      lawsuits: { recovered: { text: '1 424 750 теңге' } },
    });
  });

  it('find the outreach total, 9 more than its parts, and nothing else', () => {
    const { findings } = reconcilePublished(published, { report });
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
    const [finding] = findings as [(typeof findings)[number]];
    expect(finding.message).toBe(
      'outreach.total: stated 2165, but its parts sum to 2156: 9 unexplained',
    );
    expect(formatFinding(finding, 'kk')).toBe(
      'outreach.total: 2165 көрсетілген, бірақ бөліктерінің қосындысы 2156: 9 түсіндірілмеген',
    );
  });

  it('would find a published figure the records disagree with', () => {
    const edited = structuredClone(published) as { appeals: { outcomes: { satisfied: number } } };
    edited.appeals.outcomes.satisfied = 1665;
    const codes = reconcilePublished(edited, { report }).findings.map((f) => [f.code, f.path]);
    expect(codes).toContainEqual(['differsFromRecords', 'appeals.outcomes.satisfied']);
  });
});

// The laws of reports: the report of a union is the merge of the reports of
// its parts, however the records are split; merge is associative and
// commutative with the empty report as identity; nothing is lost; and a
// report read back from its JSON merges like the report itself.
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  createReportBuilder,
  emptyReport,
  mergeReports,
  parseReport,
  type Report,
  type ReportRecordKind,
} from '../../src/report/index.js';
import { recordArb } from './arbitraries.js';

const SCOPE = { period: '2024-01/2024-05' } as const;

interface Placed {
  readonly kind: ReportRecordKind;
  readonly record: object;
  readonly index: number;
}

// Every record keeps its place in the whole input, so that refused records
// are listed the same in the whole report and in the merge of its shards.
function reportOf(records: readonly Placed[], scope: object = SCOPE): Report {
  const builder = createReportBuilder({ ...SCOPE, ...scope });
  for (const { kind, record, index } of records)
    builder.add(kind, record, { source: 'input', index });
  return builder.result();
}

const json = (report: Report): string => JSON.stringify(report);

const inputArb = fc
  .array(recordArb, { maxLength: 60 })
  .map((list) => list.map((item, index): Placed => ({ ...item, index })));

describe('mergeReports', () => {
  propTest.prop(
    [inputArb, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 })],
    {
      numRuns: 60,
    },
  )('the merge of the reports of a random split is the report of the whole', (records, shardOf) => {
    const shards: Placed[][] = [[], [], [], []];
    records.forEach((record, i) => {
      shards[shardOf[i] ?? 0]?.push(record);
    });
    const merged = mergeReports(...shards.map((shard) => reportOf(shard)));
    expect(json(merged)).toBe(json(reportOf(records)));
  });

  propTest.prop([inputArb], { numRuns: 40 })(
    'splitting by region or by record kind changes nothing',
    (records) => {
      const whole = json(reportOf(records));
      const regionOf = ({ record }: Placed): string =>
        String((record as { region?: unknown }).region);
      const byRegion = new Map<string, Placed[]>();
      const byKind = new Map<string, Placed[]>();
      for (const record of records) {
        byRegion.set(regionOf(record), [...(byRegion.get(regionOf(record)) ?? []), record]);
        byKind.set(record.kind, [...(byKind.get(record.kind) ?? []), record]);
      }
      const parts = (groups: Map<string, Placed[]>) =>
        [...groups.values()].map((group) => reportOf(group));
      expect(json(mergeReports(emptyReport(SCOPE), ...parts(byRegion)))).toBe(whole);
      expect(json(mergeReports(emptyReport(SCOPE), ...parts(byKind)))).toBe(whole);
    },
  );

  propTest.prop([inputArb, inputArb, inputArb], { numRuns: 40 })(
    'is associative and commutative, with the empty report as identity',
    (a, b, c) => {
      const [x, y, z] = [reportOf(a), reportOf(b), reportOf(c)];
      expect(json(mergeReports(mergeReports(x, y), z))).toBe(
        json(mergeReports(x, mergeReports(y, z))),
      );
      expect(json(mergeReports(x, y))).toBe(json(mergeReports(y, x)));
      expect(json(mergeReports(x, emptyReport(SCOPE)))).toBe(json(x));
      expect(json(mergeReports(emptyReport(SCOPE), x))).toBe(json(x));
    },
  );

  propTest.prop([inputArb, inputArb], { numRuns: 40 })(
    'merges a report read back from its JSON as it merges the report',
    (a, b) => {
      const [x, y] = [reportOf(a), reportOf(b)];
      const back = parseReport(JSON.parse(json(x)));
      expect(json(back)).toBe(json(x));
      expect(json(mergeReports(back, y))).toBe(json(mergeReports(x, y)));
    },
  );
});

describe('nothing is lost', () => {
  propTest.prop([inputArb], { numRuns: 60 })(
    'read = accepted + rejected for every kind, and every appeal in one bucket',
    (records) => {
      const report = reportOf(records);
      for (const kind of ['complaint', 'lawsuit', 'activity', 'registration'] as const) {
        const counts =
          report.records[
            `${kind === 'activity' ? 'activities' : `${kind}s`}` as keyof Report['records']
          ];
        expect(counts.read).toBe(records.filter((r) => r.kind === kind).length);
        expect(counts.read).toBe(counts.accepted + counts.rejected);
      }
      const { appeals } = report;
      const closed = Object.values(appeals.outcomes).reduce((sum, n) => sum + n, 0);
      expect(closed).toBe(appeals.closed);
      expect(closed + appeals.carriedOver).toBe(appeals.reviewed);
      expect(report.rejected.length).toBe(
        report.records.complaints.rejected +
          report.records.lawsuits.rejected +
          report.records.activities.rejected +
          report.records.registrations.rejected,
      );
    },
  );

  propTest.prop([inputArb], { numRuns: 30 })(
    'a report of some regions adds up to the report of the whole country',
    (records) => {
      const all = reportOf(records);
      const regional = ['79', '75', '71'].map((region) => reportOf(records, { regions: [region] }));
      const sum = (pick: (r: Report) => number) =>
        regional.reduce((total, r) => total + pick(r), 0);
      expect(sum((r) => r.appeals.reviewed)).toBe(all.appeals.reviewed);
      expect(sum((r) => r.appeals.outcomes.satisfied)).toBe(all.appeals.outcomes.satisfied);
      expect(sum((r) => r.lawsuits.participated)).toBe(all.lawsuits.participated);
      expect(sum((r) => r.outreach.total)).toBe(all.outreach.total);
    },
  );
});

// The record parsers, zod schemas, replays and report functions, with their
// arguments drawn around valid records (valid.ts) and broken or hostile ones.
import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import * as z from 'zod';
import * as api from '../../src/index.js';
import { type Fuzzed, fuzzed, optionsArg } from './fuzzed.js';
import { around, deepFreeze, hostile, localeArg } from './hostile.js';
import {
  activityJsonArb,
  appealJsonArb,
  businessJsonArb,
  calendarArb,
  complaintArb,
  complaintEventArb,
  complaintEventJsonArb,
  complaintRecordArb,
  dateArb,
  instantArb,
  lawsuitArbReplayed,
  lawsuitEventArb,
  lawsuitEventJsonArb,
  lawsuitJsonArb,
  lawsuitRecordArb,
  PUBLISHED,
  registrationJsonArb,
  reportArb,
  reportInputsArb,
  reportJsonArb,
  reportOptionsArb,
} from './valid.js';

const a = api as unknown as Record<string, (...args: readonly unknown[]) => unknown>;
const call =
  (name: string) =>
  (...args: readonly unknown[]) =>
    (a[name] as (...x: readonly unknown[]) => unknown)(...args);

// What reconcilePublished finds in the published Shymkent figures, and in a part-sum that does not add up.
const FINDINGS = [
  ...api.reconcilePublished(PUBLISHED).findings,
  ...api.reconcilePublished({
    period: '2024-01/2024-05',
    outreach: {
      total: 2165,
      byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 },
    },
  }).findings,
];

const isText = (value: unknown) => expect(typeof value).toBe('string');
const frozen = (value: unknown) => expect(Object.isFrozen(value)).toBe(true);

/** A parsed record is frozen and survives a JSON round trip through its own parser. */
function roundTrips(parse: (json: unknown) => unknown) {
  return (value: unknown) => {
    frozen(value);
    const again = parse(JSON.parse(JSON.stringify(value)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(value));
  };
}

const RECORD_PARSERS: [string, fc.Arbitrary<unknown>][] = [
  ['ComplaintRecord', appealJsonArb],
  ['ComplaintEvent', complaintEventJsonArb],
  ['LawsuitRecord', lawsuitJsonArb],
  ['LawsuitEvent', lawsuitEventJsonArb],
  ['BusinessRecord', businessJsonArb],
  ['OutreachActivityRecord', activityJsonArb],
  ['SystemRegistrationRecord', registrationJsonArb],
  ['Report', reportJsonArb],
];

const records: Fuzzed[] = RECORD_PARSERS.flatMap(([name, valid]) => [
  fuzzed(`parse${name}`, [around(valid)], call(`parse${name}`), {
    runs: 300,
    returned: roundTrips(a[`parse${name}`] as (json: unknown) => unknown),
  }),
  fuzzed(`safeParse${name}`, [around(valid)], call(`safeParse${name}`), {
    kind: 'safe',
    runs: 150,
  }),
]);

// A zod schema refuses with a ZodError from `parse` and never throws from
// `safeParse`: nothing else (a TypeError from a refinement) may come out.
const SCHEMAS: [string, fc.Arbitrary<unknown>][] = [
  ['ComplaintRecordSchema', appealJsonArb],
  ['ComplaintEventSchema', complaintEventJsonArb],
  ['LawsuitRecordSchema', lawsuitJsonArb],
  ['LawsuitEventSchema', lawsuitEventJsonArb],
  ['BusinessRecordSchema', businessJsonArb],
  ['OutreachActivityRecordSchema', activityJsonArb],
  ['SystemRegistrationRecordSchema', registrationJsonArb],
  ['ReportSchema', reportJsonArb],
  ['PublishedReportSchema', fc.constant(PUBLISHED)],
  ['TengeSchema', fc.constantFrom('1424750.50', '0', '-5', '0.001')],
  ['NonNegativeTengeSchema', fc.constantFrom('1424750.50', '0', '-5')],
  ['IinSchema', fc.constantFrom('900101300017', '900101300018')],
  ['BinSchema', fc.constantFrom('940140000385', '940140000386')],
  ['TaxpayerIdSchema', fc.constantFrom('900101300017', '940140000385')],
  ['LocalDateSchema', dateArb],
  ['InstantSchema', instantArb],
  ['EventTimeSchema', fc.oneof(dateArb, instantArb)],
  ['PeriodCodeSchema', fc.constantFrom('2024', '2024-Q2', '2024-01/2024-05', '2024-13')],
  ['PeriodSchema', fc.constantFrom('2024', '2024-H1', '2024-Q5')],
  ['RegionCodeSchema', fc.constantFrom('79', 'KZ-79', '00')],
];

const schemas: Fuzzed[] = SCHEMAS.flatMap(([name, valid]) => {
  const schema = (api as unknown as Record<string, z.ZodType>)[name] as z.ZodType;
  return [
    fuzzed(
      `${name}.parse`,
      [around(valid)],
      (input) => {
        try {
          return schema.parse(input);
        } catch (error) {
          // The schema's own refusal is its contract; counted as returned.
          if (error instanceof z.ZodError) return error;
          throw error;
        }
      },
      { runs: 120 },
    ),
    fuzzed(`${name}.safeParse`, [around(valid)], (input) => schema.safeParse(input), {
      runs: 80,
      returned: (value) => expect(typeof (value as { success: unknown }).success).toBe('boolean'),
    }),
  ];
});

const replayOptions = optionsArg(
  fc.record(
    { calendar: calendarArb, workdayEnd: fc.constantFrom('18:30', '17:00'), history: fc.boolean() },
    { requiredKeys: [] },
  ),
);

const replays: Fuzzed[] = [
  fuzzed('replayComplaint', [around(complaintRecordArb), replayOptions], call('replayComplaint'), {
    runs: 250,
    returned: frozen,
  }),
  fuzzed(
    'safeReplayComplaint',
    [around(complaintRecordArb), replayOptions],
    call('safeReplayComplaint'),
    {
      kind: 'safe',
      runs: 120,
    },
  ),
  fuzzed(
    'replayLawsuit',
    [around(lawsuitRecordArb), optionsArg(fc.record({ history: fc.boolean() }))],
    call('replayLawsuit'),
    {
      runs: 250,
      returned: frozen,
    },
  ),
  fuzzed('safeReplayLawsuit', [around(lawsuitRecordArb)], call('safeReplayLawsuit'), {
    kind: 'safe',
    runs: 120,
  }),
  fuzzed(
    'applyComplaintEvent',
    [around(complaintArb), around(complaintEventArb)],
    call('applyComplaintEvent'),
    {
      runs: 250,
      returned: frozen,
    },
  ),
  fuzzed(
    'applyLawsuitEvent',
    [around(lawsuitArbReplayed), around(lawsuitEventArb)],
    call('applyLawsuitEvent'),
    {
      runs: 250,
      returned: frozen,
    },
  ),
  fuzzed('allowedComplaintEvents', [around(complaintArb)], call('allowedComplaintEvents')),
  fuzzed('allowedLawsuitEvents', [around(lawsuitArbReplayed)], call('allowedLawsuitEvents')),
  fuzzed('isOverdue', [around(complaintArb), around(dateArb)], call('isOverdue'), {
    returned: (value) => expect(typeof value).toBe('boolean'),
  }),
  fuzzed(
    'overdueBy',
    [around(complaintArb), around(dateArb), optionsArg(fc.record({ calendar: calendarArb }))],
    call('overdueBy'),
  ),
  fuzzed(
    'complaintClocks',
    [
      around(instantArb),
      optionsArg(
        fc.record(
          { calendar: calendarArb, workdayEnd: fc.constantFrom('18:30') },
          { requiredKeys: [] },
        ),
      ),
    ],
    call('complaintClocks'),
  ),
  fuzzed(
    'complaintOutcomeGroup',
    [around(fc.constantFrom(...api.COMPLAINT_OUTCOME_KEYS, undefined))],
    call('complaintOutcomeGroup'),
  ),
  fuzzed(
    'reliefKindsOf',
    [
      around(
        fc.record(
          {
            refund: fc.constantFrom(api.Tenge.of(5)),
            inKind: fc.constantFrom('a refrigerator', true as const),
          },
          { requiredKeys: [] },
        ),
      ),
    ],
    call('reliefKindsOf'),
  ),
  fuzzed(
    'businessKindsOfId',
    [around(fc.constantFrom('900101300017', '940140000385', '940140000386'))],
    call('businessKindsOfId'),
  ),
  fuzzed('businessName', [around(businessJsonArb), localeArg], call('businessName'), {
    returned: isText,
  }),
  fuzzed('isBusinessRegistration', [around(registrationJsonArb)], call('isBusinessRegistration'), {
    kind: 'predicate',
  }),
  fuzzed('isSocialPost', [around(activityJsonArb)], call('isSocialPost'), { kind: 'predicate' }),
  fuzzed(
    'isDecisionForConsumers',
    [around(fc.constantFrom(...api.LAWSUIT_DECISION_KEYS))],
    call('isDecisionForConsumers'),
    { kind: 'predicate' },
  ),
  fuzzed(
    'complaintMachineToMermaid',
    [optionsArg(fc.record({ locale: fc.constantFrom('kk', 'ru', 'en') }))],
    call('complaintMachineToMermaid'),
    { runs: 60, returned: isText },
  ),
  fuzzed(
    'lawsuitMachineToMermaid',
    [optionsArg(fc.record({ locale: fc.constantFrom('kk', 'ru', 'en') }))],
    call('lawsuitMachineToMermaid'),
    { runs: 60, returned: isText },
  ),
];

const reportOptions = around(reportOptionsArb, { valid: 4, broken: 2, hostile: 1 });

const reports: Fuzzed[] = [
  fuzzed(
    'buildReport',
    [around(reportInputsArb, { valid: 2, broken: 3, hostile: 1 }), reportOptions],
    (inputs, options) => api.buildReport(inputs as never, options as never),
    {
      runs: 150,
      returned: (value) => {
        frozen(value);
        // Nothing silently dropped: every record read is accepted or listed as rejected.
        const report = value as api.Report;
        for (const counts of Object.values(report.records))
          expect(counts.read).toBe(counts.accepted + counts.rejected);
      },
    },
  ),
  fuzzed(
    'createReportBuilder#add',
    [
      reportOptionsArb,
      fc.array(
        fc.tuple(around(fc.constantFrom(...api.REPORT_RECORD_KINDS)), around(appealJsonArb)),
        { maxLength: 4 },
      ),
    ],
    (options, added) => {
      const builder = api.createReportBuilder(options as never);
      for (const [kind, record] of added as [unknown, unknown][])
        builder.add(kind as never, record);
      return builder.result();
    },
    { runs: 120 },
  ),
  fuzzed('createReportBuilder', [reportOptions], call('createReportBuilder'), { runs: 120 }),
  fuzzed('emptyReport', [reportOptions], call('emptyReport'), { runs: 80 }),
  fuzzed(
    'mergeReports',
    [fc.array(around(reportArb, { valid: 5, broken: 2, hostile: 1 }), { maxLength: 3 })],
    (list) => api.mergeReports(...(list as api.Report[])),
    { runs: 120 },
  ),
  fuzzed(
    'compareReports',
    [
      around(reportArb),
      around(reportArb),
      optionsArg(fc.record({ threshold: fc.constantFrom(0.1, 0.5) }, { requiredKeys: [] })),
    ],
    call('compareReports'),
    { runs: 80 },
  ),
  fuzzed(
    'renderReport',
    [
      around(reportArb, { valid: 4, broken: 2, hostile: 1 }),
      around(
        fc.record(
          {
            locale: fc.constantFrom('kk', 'ru', 'en'),
            format: fc.constantFrom('text', 'markdown', 'csv', 'json'),
          },
          { requiredKeys: ['locale'] },
        ),
      ),
    ],
    call('renderReport'),
    { runs: 150, returned: isText },
  ),
  fuzzed(
    'reconcilePublished',
    [around(fc.constant(PUBLISHED)), optionsArg(reportArb.map((report) => ({ report })))],
    call('reconcilePublished'),
    { runs: 80 },
  ),
  fuzzed(
    'formatFinding',
    [around(fc.constantFrom(...FINDINGS)), localeArg],
    call('formatFinding'),
    { returned: isText },
  ),
  fuzzed('ratio', [around(fc.nat(5000)), around(fc.nat(5000))], call('ratio'), {
    returned: (value) => {
      const r = value as api.Ratio;
      expect(r.value === null || Number.isFinite(r.value)).toBe(true);
    },
  }),
];

export const RECORD_FUNCTIONS: readonly Fuzzed[] = [...records, ...schemas, ...replays, ...reports];

/** A deep-frozen valid value, for the immutability test. */
export const frozenValid = <T>(arb: fc.Arbitrary<T>) => arb.map((value) => deepFreeze(value));
export { hostile };

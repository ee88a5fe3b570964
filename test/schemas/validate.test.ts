// The committed JSON Schemas, read by an independent validator (ajv), do what
// a service in another language needs: valid records pass, and a broken
// record is refused with the field that is wrong. Where a JSON Schema cannot
// see the problem (a check digit, 30 February without `format`), the test
// says so and shows that the library refuses it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { buildReport } from '../../src/report/index.js';
import {
  BusinessRecordSchema,
  ComplaintEventSchema,
  ComplaintRecordSchema,
  LawsuitEventSchema,
  LawsuitRecordSchema,
  OutreachActivityRecordSchema,
  PublishedReportSchema,
  ReportSchema,
  SystemRegistrationRecordSchema,
} from '../../src/schemas/index.js';
import { appealJson, VALID_IIN } from '../complaint/records.js';
import {
  ACTIVITIES,
  APPEALS,
  BRANCH_BIN,
  BUSINESSES,
  LAWSUITS,
  RECORD_FILES,
  REGISTRATIONS,
} from './records.js';
import { accepts, errorsOf, validatorWithoutFormats } from './support.js';

const ZOD: Readonly<Record<string, z.ZodType>> = {
  'complaint-record.json': ComplaintRecordSchema,
  'complaint-event.json': ComplaintEventSchema,
  'lawsuit-record.json': LawsuitRecordSchema,
  'lawsuit-event.json': LawsuitEventSchema,
  'outreach-activity-record.json': OutreachActivityRecordSchema,
  'business-record.json': BusinessRecordSchema,
  'system-registration-record.json': SystemRegistrationRecordSchema,
  'report.json': ReportSchema,
  'published-report.json': PublishedReportSchema,
};

const libraryAccepts = (file: string, value: unknown): boolean =>
  (ZOD[file] as z.ZodType).safeParse(value).success;

const [SATISFIED, EXTENDED] = APPEALS;
const [DECIDED] = LAWSUITS;

describe('valid records pass, as the library reads them', () => {
  describe.each(RECORD_FILES)('%s', (file, records) => {
    it.each(records.map((record) => [record.id, record]))('%s', (_, record) => {
      expect(errorsOf(file, record)).toEqual([]);
      expect(libraryAccepts(file, record)).toBe(true);
    });
  });

  it('every event of those records passes the event schema', () => {
    for (const event of APPEALS.flatMap((appeal) => appeal.events)) {
      expect(errorsOf('complaint-event.json', event), JSON.stringify(event)).toEqual([]);
    }
    for (const event of LAWSUITS.flatMap((lawsuit): readonly object[] => lawsuit.events)) {
      expect(errorsOf('lawsuit-event.json', event), JSON.stringify(event)).toEqual([]);
    }
  });
});

// The bundled sample, when the repository has it: every line is a record of
// some kind that the JSON Schemas and the library both accept, and its
// published figures pass the published-figures schema.
const SAMPLE = new URL('../../examples/sample/', import.meta.url).pathname;
const sampleFiles = (): string[] => {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.jsonl') || entry.name === 'published.json') {
        found.push(join(dir, entry.name));
      }
    }
  };
  if (existsSync(SAMPLE)) walk(SAMPLE);
  return found;
};
const publishedFiles = sampleFiles().filter((path) => path.endsWith('published.json'));

describe.skipIf(sampleFiles().length === 0)('the bundled sample (examples/sample)', () => {
  const RECORD_SCHEMAS = RECORD_FILES.map(([file]) => file);
  it.each(
    sampleFiles()
      .filter((path) => path.endsWith('.jsonl'))
      .map((path) => [relative(SAMPLE, path), path]),
  )('%s: every line is a valid record of one kind', (_, path) => {
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const [index, line] of lines.entries()) {
      const record = JSON.parse(line) as unknown;
      const kinds = RECORD_SCHEMAS.filter((file) => accepts(file, record));
      expect(kinds, `${path}:${index + 1}`).toHaveLength(1);
      expect(libraryAccepts(kinds[0] as string, record), `${path}:${index + 1}`).toBe(true);
    }
  });

  it('its published figures pass the published-figures schema', () => {
    for (const path of publishedFiles) {
      const published = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      expect(errorsOf('published-report.json', published), path).toEqual([]);
      expect(libraryAccepts('published-report.json', published), path).toBe(true);
    }
  });
});

describe('broken records are refused, naming the field', () => {
  // Each case: the file, the broken record, and the error ajv must report
  // (keyword@instancePath). The library refuses each one too.
  const satisfiedWith = (event: Record<string, unknown>) =>
    appealJson([...SATISFIED.events.slice(0, 3), { type: 'satisfy', at: '2024-06-14', ...event }]);
  const cases: [string, string, unknown, string][] = [
    [
      'an unknown field',
      'complaint-record.json',
      { ...SATISFIED, priority: 'high' },
      'additionalProperties@',
    ],
    [
      'an unknown field on an event',
      'complaint-record.json',
      appealJson([{ type: 'register', at: '2024-06-03', by: 'operator' } as never]),
      'additionalProperties@/events/0',
    ],
    ['a channel «fax»', 'complaint-record.json', { ...SATISFIED, channel: 'fax' }, 'enum@/channel'],
    [
      'an amount as a JSON number',
      'complaint-record.json',
      satisfiedWith({ refund: 249990.5 }),
      'type@/events/3/refund',
    ],
    [
      'an amount not exact to the tiyn',
      'complaint-record.json',
      satisfiedWith({ refund: '0.001' }),
      'pattern@/events/3/refund',
    ],
    [
      'an amount with spaces',
      'complaint-record.json',
      satisfiedWith({ refund: '1 424 750' }),
      'pattern@/events/3/refund',
    ],
    [
      'an amount with a comma',
      'complaint-record.json',
      satisfiedWith({ refund: '1424750,50' }),
      'pattern@/events/3/refund',
    ],
    [
      'a refund of zero',
      'complaint-record.json',
      satisfiedWith({ refund: '0.00' }),
      'not@/events/3/refund',
    ],
    [
      'a negative claim',
      'complaint-record.json',
      { ...SATISFIED, claimed: '-1' },
      'pattern@/claimed',
    ],
    [
      'a satisfied appeal with no relief',
      'complaint-record.json',
      satisfiedWith({}),
      'anyOf@/events/3',
    ],
    [
      'a 13-digit IIN',
      'complaint-record.json',
      { ...SATISFIED, consumer: { kind: 'individual', iin: `${VALID_IIN}7` } },
      'pattern@/consumer/iin',
    ],
    [
      'an IIN as a number',
      'complaint-record.json',
      { ...SATISFIED, consumer: { kind: 'individual', iin: 900101300017 } },
      'type@/consumer/iin',
    ],
    [
      'a blank subject',
      'complaint-record.json',
      { ...SATISFIED, subject: '  \u00a0 ' },
      'pattern@/subject',
    ],
    [
      'an empty subject',
      'complaint-record.json',
      { ...SATISFIED, subject: '' },
      'pattern@/subject',
    ],
    [
      'a subject over 1000 characters',
      'complaint-record.json',
      { ...SATISFIED, subject: 'ы'.repeat(1001) },
      'maxLength@/subject',
    ],
    [
      'a subject on two lines',
      'complaint-record.json',
      { ...SATISFIED, subject: 'Тоңазытқыш\nсуытпайды' },
      'pattern@/subject',
    ],
    [
      'a subject with a right-to-left override',
      'complaint-record.json',
      { ...SATISFIED, subject: 'abc\u202edef' },
      'pattern@/subject',
    ],
    [
      'an id with a space at its end',
      'complaint-record.json',
      { ...SATISFIED, id: 'SH-2024-0001 ' },
      'pattern@/id',
    ],
    [
      'an instant without an offset',
      'complaint-record.json',
      { ...SATISFIED, receivedAt: '2024-06-03T10:00' },
      'pattern@/receivedAt',
    ],
    [
      'a date where an instant belongs',
      'complaint-record.json',
      { ...SATISFIED, receivedAt: '2024-06-03' },
      'pattern@/receivedAt',
    ],
    [
      'an unknown region',
      'complaint-record.json',
      { ...SATISFIED, region: 'KZ-80' },
      'anyOf@/region',
    ],
    [
      'a region as a KATO code of a district',
      'complaint-record.json',
      { ...SATISFIED, region: '791010000' },
      'anyOf@/region',
    ],
    [
      'schemaVersion 2',
      'complaint-record.json',
      { ...SATISFIED, schemaVersion: 2 },
      'const@/schemaVersion',
    ],
    [
      'a log of 1001 events',
      'complaint-record.json',
      appealJson(Array.from({ length: 1001 }, () => ({ type: 'register', at: '2024-06-03' }))),
      'maxItems@/events',
    ],
    [
      'an award on a decision against the consumer',
      'lawsuit-record.json',
      {
        ...DECIDED,
        events: [{ type: 'decide', at: '2024-03-19', decision: 'againstConsumer', awarded: '100' }],
      },
      'false schema@/events/0/awarded',
    ],
    [
      'an appeal listed twice',
      'lawsuit-record.json',
      { ...DECIDED, appealIds: ['A-1', 'A-1'] },
      'uniqueItems@/appealIds',
    ],
    ['a role «defendant»', 'lawsuit-record.json', { ...DECIDED, role: 'defendant' }, 'enum@/role'],
    [
      'a platform on a briefing',
      'outreach-activity-record.json',
      { ...ACTIVITIES[2], platform: 'telegram' },
      'not@/platform',
    ],
    [
      'a social post without its platform',
      'outreach-activity-record.json',
      { ...ACTIVITIES[1], platform: undefined },
      'required@',
    ],
    [
      'a link without a scheme',
      'outreach-activity-record.json',
      { ...ACTIVITIES[0], link: 'www.instagram.com/p/1' },
      'pattern@/link',
    ],
    [
      'a negative audience',
      'outreach-activity-record.json',
      { ...ACTIVITIES[2], audience: -1 },
      'minimum@/audience',
    ],
    [
      'an audience of 2.5 people',
      'outreach-activity-record.json',
      { ...ACTIVITIES[2], audience: 2.5 },
      'type@/audience',
    ],
    [
      'a branch BIN given as a legal entity',
      'business-record.json',
      { ...BUSINESSES[1], id: BRANCH_BIN, kind: 'legalEntity' },
      'enum@/kind',
    ],
    [
      'an IIN given as a legal entity',
      'business-record.json',
      { ...BUSINESSES[2], kind: 'legalEntity' },
      'enum@/kind',
    ],
    [
      'a business with no name',
      'business-record.json',
      { ...BUSINESSES[0], names: {} },
      'minProperties@/names',
    ],
    [
      'a business name in English',
      'business-record.json',
      { ...BUSINESSES[0], names: { en: 'Halyk Bank' } },
      'additionalProperties@/names',
    ],
    [
      'a business account without the business',
      'system-registration-record.json',
      { ...REGISTRATIONS[2], businessId: undefined },
      'required@',
    ],
    [
      'a consumer account with a business',
      'system-registration-record.json',
      { ...REGISTRATIONS[0], businessId: BRANCH_BIN },
      'not@/businessId',
    ],
  ];

  it.each(cases)('%s (%s)', (_, file, record, error) => {
    // What a JSON writer would send: undefined fields are left out.
    const json = JSON.parse(JSON.stringify(record)) as unknown;
    expect(errorsOf(file, json)).toContain(error);
    expect(libraryAccepts(file, json)).toBe(false);
  });
});

describe('what a JSON Schema cannot see, and the library refuses', () => {
  const extended = (until: string) =>
    appealJson([
      ...EXTENDED.events.slice(0, 2),
      { type: 'extend', at: '2024-05-20', until, reason: 'Ждём заключение экспертизы' },
    ]);

  it('30 February: refused through `format: date` by a validator that asserts formats, not by the pattern', () => {
    const record = extended('2024-02-30');
    expect(errorsOf('complaint-record.json', record)).toContain('format@/events/2/until');
    expect(errorsOf('complaint-record.json', record, validatorWithoutFormats)).toEqual([]);
    expect(libraryAccepts('complaint-record.json', record)).toBe(false);
    // 29 February of a leap year is a day; of 2025 it is not.
    expect(errorsOf('complaint-record.json', extended('2024-02-29'))).toEqual([]);
    expect(errorsOf('complaint-record.json', extended('2025-02-29'))).toContain(
      'format@/events/2/until',
    );
  });

  it('30 February in an instant or an IIN’s birth date passes every validator', () => {
    const at = { ...SATISFIED, receivedAt: '2024-02-30T10:00:00+05:00' };
    expect(errorsOf('complaint-record.json', at)).toEqual([]);
    expect(libraryAccepts('complaint-record.json', at)).toBe(false);
    // YYMMDD 900230: 30 February 1990, with a check digit that fits.
    const iin = { ...SATISFIED, consumer: { kind: 'individual', iin: '900230300019' } };
    expect(errorsOf('complaint-record.json', iin)).toEqual([]);
    expect(libraryAccepts('complaint-record.json', iin)).toBe(false);
  });

  it('a wrong check digit', () => {
    const record = { ...SATISFIED, consumer: { kind: 'legalEntity', bin: '940140000380' } };
    expect(errorsOf('complaint-record.json', record)).toEqual([]);
    expect(libraryAccepts('complaint-record.json', record)).toBe(false);
  });

  it('events out of order, and an event its state does not allow', () => {
    const backwards = appealJson([
      { type: 'register', at: '2024-06-05' },
      { type: 'startReview', at: '2024-06-04' },
    ]);
    const closedTwice = appealJson([
      { type: 'register', at: '2024-06-03' },
      { type: 'explain', at: '2024-06-04' },
      { type: 'explain', at: '2024-06-05' },
    ]);
    for (const record of [backwards, closedTwice]) {
      expect(errorsOf('complaint-record.json', record)).toEqual([]);
      // The schema accepts the record too: the replay refuses it.
      expect(libraryAccepts('complaint-record.json', record)).toBe(true);
    }
  });
});

describe('the report', () => {
  const inputs = {
    complaints: [...APPEALS, { ...SATISFIED, id: 'SH-2024-0999', channel: 'fax' }],
    lawsuits: LAWSUITS,
    activities: ACTIVITIES,
    registrations: REGISTRATIONS,
  };
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('a report buildReport writes passes, with its refused records and their errors', () => {
    const report = buildReport(inputs, { period: '2024-01/2024-06' });
    expect(report.records.complaints).toEqual({ read: 8, accepted: 7, rejected: 1 });
    expect(report.rejected[0]?.error.code).toBe('INVALID_RECORD');
    expect(report.appeals.returnedToConsumers.toString()).toBe('249990.00');
    expect(errorsOf('report.json', asJson(report))).toEqual([]);
  });

  it('so does a report of one region, of a month, and the empty report', () => {
    for (const report of [
      buildReport(inputs, { period: '2024-05', regions: ['79'] }),
      buildReport(inputs, { period: '2024-Q2', regions: ['75', '79'] }),
      buildReport({}, { period: '2024' }),
    ]) {
      expect(errorsOf('report.json', asJson(report))).toEqual([]);
      expect(libraryAccepts('report.json', asJson(report))).toBe(true);
    }
  });

  it('refuses a report whose amount became a number or whose period lost its code', () => {
    const report = asJson(buildReport(inputs, { period: '2024-01/2024-06' })) as {
      appeals: Record<string, unknown>;
      period: Record<string, unknown>;
    };
    const amount = { ...report, appeals: { ...report.appeals, returnedToConsumers: 249990 } };
    expect(errorsOf('report.json', amount)).toContain('type@/appeals/returnedToConsumers');
    const { code: _, ...period } = report.period;
    expect(errorsOf('report.json', { ...report, period })).toContain('required@/period');
  });

  it('cannot see figures that do not add up: the library refuses them', () => {
    const report = asJson(buildReport(inputs, { period: '2024-01/2024-06' })) as {
      outreach: Record<string, unknown>;
    };
    const edited = { ...report, outreach: { ...report.outreach, total: 2165 } };
    expect(errorsOf('report.json', edited)).toEqual([]);
    expect(libraryAccepts('report.json', edited)).toBe(false);
  });

  it('the published figures of Shymkent pass the published-figures schema', () => {
    const published = {
      period: '2024-01/2024-05',
      region: '79',
      source: 'Шымкент қаласы сауда және тұтынушылардың құқықтарын қорғау департаменті',
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
        recovered: { value: 1424750, text: '1 424 750 теңге' },
      },
      outreach: {
        total: 2165,
        byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 },
        socialByPlatform: { instagram: 980, facebook: 980 },
      },
      unifiedSystem: { consumerAccounts: 1558, businessAccounts: 412, appeals: 112 },
      percentages: [
        {
          of: 'appeals.outcomes.satisfied',
          base: 'appeals.reviewed',
          value: { value: 87.5, text: '87,5%' },
        },
      ],
    };
    expect(errorsOf('published-report.json', published)).toEqual([]);
    expect(libraryAccepts('published-report.json', published)).toBe(true);
    expect(errorsOf('published-report.json', { ...published, outreach: { totl: 2165 } })).toContain(
      'additionalProperties@/outreach',
    );
    expect(
      errorsOf('published-report.json', { ...published, appeals: { reviewed: -1 } }),
    ).toContain('minimum@/appeals/reviewed');
  });
});

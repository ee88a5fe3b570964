// The JSON Schemas never refuse what the library accepts: wherever ajv says
// no, the zod schema says no too. Checked on every one-character text, on
// random field values, and on records broken one field at a time; where the
// schema is exact (amounts, dates with `format`, regions) both say the same.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { fileNameOf, SCHEMA_FILES } from '../../scripts/json-schemas.js';
import { addDays } from '../../src/core/local-date.js';
import { boundedText, identifier } from '../../src/core/schema-helpers.js';
import { buildReport } from '../../src/report/index.js';
import * as schemas from '../../src/schemas/index.js';
import validBins from '../fixtures/ids/valid-bins.json' with { type: 'json' };
import { recordArb } from '../report/arbitraries.js';
import { ACTIVITIES, APPEALS, BUSINESSES, LAWSUITS, REGISTRATIONS } from './records.js';
import { accepts, schemaFile, validatorWithoutFormats } from './support.js';

const ZOD = new Map(
  SCHEMA_FILES.map((file) => [
    fileNameOf(file.name),
    new Map(Object.entries(schemas)).get(file.name),
  ]),
) as ReadonlyMap<string, z.ZodType>;

const libraryAccepts = (file: string, value: unknown): boolean =>
  (ZOD.get(file) as z.ZodType).safeParse(value).success;

/** What the schema and the library say of one value: the schema may only ever be the looser. */
function agree(file: string, value: unknown, exact = false): void {
  const library = libraryAccepts(file, value);
  const schema = accepts(file, value);
  if (library)
    expect(schema, `${file} refuses what the library accepts: ${JSON.stringify(value)}`).toBe(true);
  if (exact)
    expect(schema, `${file} accepts what the library refuses: ${JSON.stringify(value)}`).toBe(
      library,
    );
}

describe('texts: every UTF-16 code unit, alone and between letters', () => {
  // The patterns as the committed files write them.
  const complaint = schemaFile('complaint-record.json') as {
    properties: Record<string, { pattern: string }>;
  };
  const pattern = (p: string) => new RegExp(p, 'u');
  // Where a character may stand matters to an identifier (not at either end
  // if it is a space); to a text, only whether it is there.
  const anywhere = (c: string) => [c, `a${c}a`];
  const atEither = (c: string) => [c, `a${c}`, `${c}a`, `a${c}a`];
  const cases = [
    [
      'a one-line text (subject)',
      complaint.properties['subject']?.pattern,
      boundedText(1000),
      anywhere,
    ],
    ['an identifier (id)', complaint.properties['id']?.pattern, identifier(100), atEither],
    [
      'a text with line breaks (note)',
      (
        schemaFile('complaint-event.json') as {
          oneOf: { properties: { note: { pattern: string } } }[];
        }
      ).oneOf[0]?.properties.note.pattern,
      boundedText(2000, { multiline: true }),
      anywhere,
    ],
  ] as const;

  it.each(cases)(
    '%s: the pattern says what the library says, lone surrogates aside',
    (_, source, text, places) => {
      const regex = pattern(source as string);
      let differ = 0;
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        const lone = code >= 0xd800 && code <= 0xdfff;
        for (const value of places(c)) {
          const library = text.safeParse(value).success;
          if (library) expect(regex.test(value), JSON.stringify(value)).toBe(true);
          else if (!lone) expect(regex.test(value), JSON.stringify(value)).toBe(false);
          else if (regex.test(value)) differ++;
        }
      }
      // Only a lone surrogate passes the pattern and not the library.
      expect(differ).toBeGreaterThan(0);
      expect(regex.test('Шымкент 😀')).toBe(true);
    },
    // 65,536 code units at three places each: seconds on a loaded machine.
    120_000,
  );
});

// Values near each field's shape, and anything else.
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const TRICKY_STRINGS = [
  '',
  ' ',
  '0',
  '-0',
  '-0.00',
  '-00.000',
  '0.00',
  '00',
  '1.500',
  '1.',
  '.5',
  '+1',
  '1e3',
  ' 1',
  '1 ',
  '0x10',
  '１２３',
  '٣',
  '0.001',
  '1.005',
  '999999999999999.99',
  '-999999999999999.99',
  '1000000000000000',
  `0000000000000000000000000000000000000000000000000000000000001.10`,
  `${'0'.repeat(64)}1`,
  '2024-02-29',
  '2024-02-30',
  '2025-02-29',
  '2024-13-01',
  '0999-01-01',
  '2024-05-03T18:45+05:00',
  '2024-05-03T18:45:00Z',
  '2024-05-03T18:45:00.123456789+05:00',
  '2024-05-03T18:45:00.1234567890+05:00',
  '2024-05-03T24:00+05:00',
  '2024-05-03T18:45+14:59',
  '2024-05-03T18:45+15:00',
  '2024-05-03t18:45z',
  '2024-05-03T18:45',
  '79',
  'KZ-79',
  'kz-79',
  '790000000',
  '791010000',
  '80',
  '7',
  '2024',
  '2024-H1',
  '2024-Q4',
  '2024-05',
  '2024-01/2024-05',
  '2023-12/2024-02',
  '2024-05/2024-01',
  '2024-01-01/2024-05-31',
  '2024-02-30/2024-03-01',
  '940140000385',
  '940140000380',
  '950341000052',
  '851231400011',
  '900101300017',
  '900230300019',
];
const TRICKY = [
  ...TRICKY_STRINGS,
  0,
  1,
  -1,
  1.5,
  -0,
  79,
  7,
  790000000,
  1e21,
  true,
  false,
  null,
  [],
  {},
];

const anyJson = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^-?[0-9]{1,18}([.][0-9]{0,5})?$/),
  fc.stringMatching(
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,10})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/,
  ),
  fc.stringMatching(
    /^[0-9]{4}(-[HQ][0-9]|-[0-9]{2}(-[0-9]{2})?)?(\/[0-9]{4}-[0-9]{2}(-[0-9]{2})?)?$/,
  ),
  fc.stringMatching(/^(KZ-)?[0-9]{2}$|^[0-9]{9}$/),
  fc.integer({ min: 0, max: 999_999_999 }),
  fc.double(),
  digits(12),
);

const validDay = fc
  .integer({ min: 0, max: 3_000_000 })
  .map((n) => addDays('1000-01-01', n))
  .filter((date) => date <= '9999-12-31');

describe('field values', () => {
  const FIELDS: readonly [string, fc.Arbitrary<unknown>, boolean][] = [
    ['tenge.json', anyJson, true],
    ['non-negative-tenge.json', anyJson, true],
    ['local-date.json', fc.oneof(anyJson, validDay), true],
    [
      'instant.json',
      fc.oneof(
        anyJson,
        validDay.map((d) => `${d}T09:30:00+05:00`),
      ),
      false,
    ],
    ['event-time.json', fc.oneof(anyJson, validDay), false],
    ['region-code.json', anyJson, true],
    ['period-code.json', anyJson, false],
    ['iin.json', anyJson, false],
    ['bin.json', fc.oneof(anyJson, fc.constantFrom(...validBins.bins)), false],
    ['taxpayer-id.json', fc.oneof(anyJson, fc.constantFrom(...validBins.bins)), false],
  ];

  describe.each(FIELDS)('%s', (file, values, exact) => {
    test.prop([values], { numRuns: 2000 })(
      exact ? 'accepts exactly what the library accepts' : 'refuses nothing the library accepts',
      (value) => agree(file, value, exact),
    );

    it('on the tricky values', () => {
      for (const value of TRICKY) agree(file, value, exact);
    });
  });

  it('every published valid BIN passes bin.json and taxpayer-id.json', () => {
    expect(validBins.bins.length).toBe(135);
    for (const bin of validBins.bins) {
      expect(accepts('bin.json', bin)).toBe(true);
      expect(accepts('taxpayer-id.json', bin)).toBe(true);
    }
  });

  it('a date without format assertion passes its pattern whenever the library accepts it', () => {
    for (const value of TRICKY) {
      if (libraryAccepts('local-date.json', value)) {
        expect(accepts('local-date.json', value, validatorWithoutFormats)).toBe(true);
      }
    }
  });
});

// Records broken one place at a time: a value replaced, a field removed or added.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function placesOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const places = [at];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) places.push(...placesOf(item, [...at, i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) places.push(...placesOf(item, [...at, key]));
  }
  return places;
}

type Edit = { op: 'set' | 'delete' | 'add'; place: number; key: string; value: unknown };

function edited(record: Json, edit: Edit): unknown {
  const copy = structuredClone(record);
  const places = placesOf(copy);
  const at = places[edit.place % places.length] as (string | number)[];
  if (at.length === 0) {
    return edit.op === 'set' ? edit.value : copy;
  }
  const parent = at.slice(0, -1).reduce<Json>((node, step) => (node as never)[step], copy) as
    | Json[]
    | Record<string, Json>;
  const last = at[at.length - 1] as string | number;
  if (edit.op === 'set') (parent as Record<string | number, unknown>)[last] = edit.value;
  else if (edit.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
  } else {
    const node = (parent as Record<string | number, unknown>)[last];
    if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      (node as Record<string, unknown>)[edit.key] = edit.value;
    } else (parent as Record<string | number, unknown>)[last] = edit.value;
  }
  return copy;
}

const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const REPORT = asJson(
  buildReport(
    {
      complaints: APPEALS,
      lawsuits: LAWSUITS,
      activities: ACTIVITIES,
      registrations: REGISTRATIONS,
    },
    { period: '2024-01/2024-06' },
  ),
);
const PUBLISHED = asJson({
  period: '2024-01/2024-05',
  region: '79',
  appeals: { reviewed: 1902, returnedToConsumers: { text: '72 млн.теңге' } },
  outreach: { total: 2165, byKind: { mediaSpeech: 69 } },
  growth: [
    {
      figure: 'appeals.reviewed',
      current: 1902,
      previous: 1500,
      percent: { value: 26.8, text: '26,8%' },
    },
  ],
});

const RECORDS: readonly (readonly [string, Json])[] = [
  ...APPEALS.map((r) => ['complaint-record.json', asJson(r)] as const),
  ...APPEALS.flatMap((r) => r.events.map((e) => ['complaint-event.json', asJson(e)] as const)),
  ...LAWSUITS.map((r) => ['lawsuit-record.json', asJson(r)] as const),
  ...LAWSUITS.flatMap((r) => r.events.map((e) => ['lawsuit-event.json', asJson(e)] as const)),
  ...ACTIVITIES.map((r) => ['outreach-activity-record.json', asJson(r)] as const),
  ...BUSINESSES.map((r) => ['business-record.json', asJson(r)] as const),
  ...REGISTRATIONS.map((r) => ['system-registration-record.json', asJson(r)] as const),
  ['report.json', REPORT],
  ['published-report.json', PUBLISHED],
];

// Keys any record kind has, so that an added key is sometimes one a sibling variant allows.
const KEYS = [
  'platform',
  'businessId',
  'refund',
  'awarded',
  'iin',
  'bin',
  'name',
  'note',
  'extra',
  'kk',
  'en',
];
const VALUES = fc.oneof(
  anyJson,
  fc.constantFrom(
    'fax',
    'paper',
    'instagram',
    'telegram',
    'socialPost',
    'briefing',
    'satisfy',
    'explain',
    'decide',
    'againstConsumer',
    'forConsumer',
    'consumer',
    'business',
    'individual',
    'legalEntity',
    'branch',
    'individualEntrepreneur',
    'thirdParty',
    'https://gov.kz/',
    'https://x',
    'ftp://gov.kz',
    'a\u00a0',
    '\u00a0',
    'a\n',
    ' a',
    'a ',
    'abc\u202e',
    'ы'.repeat(201),
  ),
);

const editArb = fc.record({
  record: fc.nat({ max: RECORDS.length - 1 }),
  op: fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<Edit['op']>,
  place: fc.nat(),
  key: fc.constantFrom(...KEYS),
  value: VALUES,
});

describe('records broken one place at a time', () => {
  test.prop([editArb], { numRuns: 3000 })(
    'the schema refuses only what the library refuses',
    (edit) => {
      const [file, record] = RECORDS[edit.record] as readonly [string, Json];
      agree(file, edited(record, edit));
    },
  );

  test.prop([recordArb], { numRuns: 500 })(
    'so on the report tests’ random records, broken ones included',
    ({ kind, record }) => {
      const file = {
        complaint: 'complaint-record.json',
        lawsuit: 'lawsuit-record.json',
        activity: 'outreach-activity-record.json',
        registration: 'system-registration-record.json',
      }[kind];
      agree(file, record);
    },
  );

  it('on a fixed sample of 10 000 edits: how often each says yes', () => {
    const tally = { both: 0, neither: 0, libraryOnlyRefuses: 0, schemaOnlyRefuses: 0 };
    for (const edit of fc.sample(editArb, { numRuns: 10_000, seed: 2024 })) {
      const [file, record] = RECORDS[edit.record] as readonly [string, Json];
      const value = edited(record, edit);
      const library = libraryAccepts(file, value);
      const schema = accepts(file, value);
      if (library && schema) tally.both++;
      else if (!library && !schema) tally.neither++;
      else if (schema) tally.libraryOnlyRefuses++;
      else tally.schemaOnlyRefuses++;
    }
    expect(tally.schemaOnlyRefuses).toBe(0);
    // The sample exercises all three other outcomes.
    expect(tally.both).toBeGreaterThan(500);
    expect(tally.neither).toBeGreaterThan(2500);
    expect(tally.libraryOnlyRefuses).toBeGreaterThan(0);
  });
});

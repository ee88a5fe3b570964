import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_KIND_KEYS,
  BUSINESS_KINDS,
  BusinessRecordSchema,
  businessKindLabel,
  businessKindsOfId,
  businessName,
  isBusinessKind,
  parseBusinessRecord,
  safeParseBusinessRecord,
} from '../../src/business/index.js';
import {
  type AnyTutynushyError,
  type RecordIssue,
  SECTOR_KEYS,
  TutynushyError,
} from '../../src/core/index.js';
import { taxpayerIdCheckDigit } from '../../src/ids/index.js';

const vectors = (await import('../fixtures/ids/vectors.json', {
  with: { type: 'json' },
})) as unknown as { default: { validBinsNamed: { bin: string; organisation: string }[] } };
const validBins = (await import('../fixtures/ids/valid-bins.json', {
  with: { type: 'json' },
})) as unknown as { default: { bins: string[] } };

// A synthetic number that passes the check digit, for the BIN kinds the
// public fixtures do not include (joint individual entrepreneurship,
// representative office, peasant farm, non-resident).
function synthetic(first10: string): string {
  for (let serial = 0; serial < 10; serial++) {
    const digit = taxpayerIdCheckDigit(`${first10}${serial}`);
    if (digit !== null) return `${first10}${serial}${digit}`;
  }
  throw new Error(`no valid number starts with ${first10}`);
}

const HALYK = '940140000385';
const HALYK_BRANCH = '950341000052';
const IIN = '851231400011';
const JOINT_IE = synthetic('1805600012');
const REPRESENTATIVE_OFFICE = synthetic('1805420012');
const PEASANT_FARM = synthetic('1805430012');
const NON_RESIDENT = synthetic('1805500012');

const halyk = {
  schemaVersion: 1,
  id: HALYK,
  kind: 'legalEntity',
  names: { kk: '«Қазақстан Халық Банкі» АҚ', ru: 'АО «Народный Банк Казахстана»' },
  region: '75',
  sector: 'financialServices',
} as const;

function failure(input: unknown): AnyTutynushyError {
  const result = safeParseBusinessRecord(input);
  if (result.ok) throw new Error('expected the business to be rejected');
  return result.error;
}

function issuesOf(error: AnyTutynushyError): readonly RecordIssue[] {
  if (error.code !== 'INVALID_RECORD')
    throw new Error(`expected INVALID_RECORD, got ${error.code}`);
  return error.details.issues;
}

function paths(error: AnyTutynushyError): string[] {
  return issuesOf(error).map((issue) => issue.path.join('.'));
}

const kindIssue = (received: string, basis: string, kinds: string[]) => ({
  code: 'rule',
  rule: 'kindMatchesId',
  path: ['kind'],
  received,
  facts: { basis, kinds },
});

describe('business kinds', () => {
  it('have kk, ru and en labels', () => {
    expect(BUSINESS_KIND_KEYS).toEqual(['legalEntity', 'individualEntrepreneur', 'branch']);
    expect(businessKindLabel('individualEntrepreneur', 'kk')).toBe('жеке кәсіпкер');
    expect(businessKindLabel('individualEntrepreneur', 'ru')).toBe(
      'индивидуальный предприниматель',
    );
    expect(businessKindLabel('branch', 'en')).toBe('branch or representative office');
    for (const labels of Object.values(BUSINESS_KINDS)) {
      for (const locale of ['kk', 'ru', 'en'] as const) expect(labels[locale]).not.toBe('');
    }
    expect(isBusinessKind('legalEntity')).toBe(true);
    for (const value of ['toString', '__proto__', 'ТОО', '', 0, null]) {
      expect(isBusinessKind(value)).toBe(false);
    }
  });

  it('are read from the digits of the number', () => {
    expect(businessKindsOfId(HALYK)).toEqual(['legalEntity']);
    expect(businessKindsOfId(HALYK_BRANCH)).toEqual(['branch']);
    expect(businessKindsOfId(IIN)).toEqual(['individualEntrepreneur']);
    expect(businessKindsOfId(JOINT_IE)).toEqual(['individualEntrepreneur']);
    expect(businessKindsOfId(REPRESENTATIVE_OFFICE)).toEqual(['branch']);
    expect(businessKindsOfId(PEASANT_FARM)).toEqual(['individualEntrepreneur', 'legalEntity']);
    expect(businessKindsOfId(NON_RESIDENT)).toEqual(['legalEntity']);
    expect(() => businessKindsOfId('940140000380')).toThrow(
      expect.objectContaining({ code: 'INVALID_BIN' }),
    );
    expect(() => businessKindsOfId('12345')).toThrow(TutynushyError);
  });

  it('fit every named public BIN by its 6th digit', () => {
    for (const { bin } of vectors.default.validBinsNamed) {
      expect(businessKindsOfId(bin)).toEqual(bin[5] === '1' ? ['branch'] : ['legalEntity']);
    }
    for (const bin of validBins.default.bins) {
      expect(
        parseBusinessRecord({ ...halyk, id: bin, kind: bin[5] === '1' ? 'branch' : 'legalEntity' })
          .id,
      ).toBe(bin);
    }
  });
});

describe('parseBusinessRecord', () => {
  it('reads a bank, a branch and an individual entrepreneur', () => {
    expect(parseBusinessRecord(halyk)).toEqual(halyk);
    expect(parseBusinessRecord({ ...halyk, id: HALYK_BRANCH, kind: 'branch' }).kind).toBe('branch');
    const entrepreneur = parseBusinessRecord({
      schemaVersion: 1,
      id: IIN,
      kind: 'individualEntrepreneur',
      names: { ru: 'ИП «Ахметов»' },
      region: 'KZ-79',
      sector: 'retailTrade',
    });
    expect(entrepreneur.region).toBe('79');
    expect(businessName(entrepreneur, 'kk')).toBe('ИП «Ахметов»');
  });

  it('rejects an invalid BIN naming the field and the wrong digit', () => {
    const error = failure({ ...halyk, id: '940140000380' });
    expect(issuesOf(error)).toEqual([
      {
        code: 'invalidValue',
        path: ['id'],
        received: '940140000380',
        error: {
          code: 'INVALID_BIN',
          details: {
            received: '940140000380',
            problem: 'checkDigit',
            part: 'checkDigit',
            digit: 0,
            expectedCheckDigit: 5,
          },
        },
      },
    ]);
    expect(error.message).toContain('id: Invalid BIN "940140000380": wrong check digit');
    for (const [id, problem] of [
      ['', 'empty'],
      ['9401400003851', 'length'],
      [940140000385, 'number'],
      [null, 'notAString'],
      ['x'.repeat(50_000), 'character'],
    ] as const) {
      const [issue] = issuesOf(failure({ ...halyk, id }));
      expect(issue).toMatchObject({
        code: 'invalidValue',
        path: ['id'],
        error: { code: 'INVALID_TAXPAYER_ID', details: { problem } },
      });
    }
    expect(failure({ ...halyk, id: 'x'.repeat(50_000) }).message.length).toBeLessThan(500);
  });

  it('rejects a kind the number does not fit, saying why', () => {
    const withIin = failure({ ...halyk, id: IIN });
    expect(withIin.details).toEqual({
      kind: 'business',
      recordId: IIN,
      issues: [kindIssue('legalEntity', 'iin', ['individualEntrepreneur'])],
    });
    expect(withIin.message).toBe(
      `Invalid business record "${IIN}": kind: the number is an IIN, which identifies a person: only an individual entrepreneur has one: expected kind individualEntrepreneur, not "legalEntity"`,
    );
    const branch = failure({ ...halyk, id: HALYK_BRANCH });
    expect(issuesOf(branch)).toEqual([kindIssue('legalEntity', 'branch', ['branch'])]);
    expect(branch.message).toContain(
      'is a BIN of a branch (digit 6 is 1): expected kind branch, not "legalEntity"',
    );
    expect(issuesOf(failure({ ...halyk, kind: 'branch' }))).toEqual([
      kindIssue('branch', 'headOffice', ['legalEntity']),
    ]);
    expect(issuesOf(failure({ ...halyk, kind: 'individualEntrepreneur' }))).toEqual([
      kindIssue('individualEntrepreneur', 'headOffice', ['legalEntity']),
    ]);
    expect(issuesOf(failure({ ...halyk, id: JOINT_IE }))).toEqual([
      kindIssue('legalEntity', 'jointEntrepreneurship', ['individualEntrepreneur']),
    ]);
    expect(parseBusinessRecord({ ...halyk, id: PEASANT_FARM }).kind).toBe('legalEntity');
  });

  it('needs a name, a known sector and region, and nothing else', () => {
    expect(issuesOf(failure({ ...halyk, names: {} }))).toEqual([
      { code: 'rule', rule: 'businessName', path: ['names'], received: { type: 'object' } },
    ]);
    expect(failure({ ...halyk, names: {} }).message).toContain('expected a name in kk, ru or both');
    expect(issuesOf(failure({ ...halyk, names: { kk: ' ' } }))).toEqual([
      { code: 'blank', path: ['names', 'kk'], received: ' ' },
    ]);
    // An unknown key, and still no kk or ru name.
    const english = failure({ ...halyk, names: { en: 'Halyk Bank' } });
    expect(issuesOf(english)).toEqual([
      { code: 'unknownField', path: ['names'], keys: ['en'], count: 1 },
      { code: 'rule', rule: 'businessName', path: ['names'], received: { type: 'object' } },
    ]);
    expect(english.message).toContain('"en"');
    expect(issuesOf(failure({ ...halyk, sector: 'banking' }))).toEqual([
      { code: 'notOneOf', path: ['sector'], allowed: [...SECTOR_KEYS], received: 'banking' },
    ]);
    expect(issuesOf(failure({ ...halyk, region: 'Алматы' }))[0]).toMatchObject({
      code: 'invalidValue',
      path: ['region'],
      error: { code: 'INVALID_REGION', details: { received: 'Алматы', problem: 'form' } },
    });
    expect(issuesOf(failure({ ...halyk, kind: 'ТОО' }))).toEqual([
      { code: 'notOneOf', path: ['kind'], allowed: [...BUSINESS_KIND_KEYS], received: 'ТОО' },
    ]);
    expect(failure({ ...halyk, kind: 'ТОО' }).message).toContain(
      'kind: expected one of legalEntity, individualEntrepreneur, branch, got "ТОО"',
    );
    expect(failure({ ...halyk, sector: 'banking' }).message).toContain('got "banking"');
    const long = 'x'.repeat(50_000);
    for (const fields of [
      { names: { kk: long } },
      { names: { ru: long } },
      { kind: long },
      { sector: long },
      { region: long },
      { [long]: 1 },
    ]) {
      const error = failure({ ...halyk, ...fields });
      expect(error.message.length).toBeLessThan(700);
    }
    expect(issuesOf(failure({ ...halyk, names: { ru: long } }))).toEqual([
      {
        code: 'tooLong',
        path: ['names', 'ru'],
        max: 500,
        length: 50_000,
        received: `${'x'.repeat(200)}…`,
      },
    ]);
    expect(failure({ ...halyk, names: { ru: long } }).message).toContain(
      'names.ru: expected at most 500 characters, got 50000',
    );
    expect(issuesOf(failure({ ...halyk, owner: 'x' }))).toEqual([
      { code: 'unknownField', path: [], keys: ['owner'], count: 1 },
    ]);
    expect(failure({ ...halyk, schemaVersion: 2 }).details).toEqual({
      kind: 'business',
      recordId: HALYK,
      received: 2,
      supported: [1],
    });
    for (const [input, shown] of [
      [null, null],
      [42, 42],
      ['Halyk', 'Halyk'],
      [[], { type: 'array', length: 0 }],
    ] as const) {
      expect(issuesOf(failure(input))).toEqual([
        { code: 'invalidType', path: [], expected: 'object', received: shown },
      ]);
    }
    expect(BusinessRecordSchema.safeParse(halyk).success).toBe(true);
  });

  propTest.prop([
    fc.constantFrom(...BUSINESS_KIND_KEYS),
    fc.constantFrom(
      HALYK,
      HALYK_BRANCH,
      IIN,
      JOINT_IE,
      REPRESENTATIVE_OFFICE,
      PEASANT_FARM,
      NON_RESIDENT,
    ),
    fc.constantFrom(...SECTOR_KEYS),
  ])(
    'accepts a kind exactly when the number fits it, and round-trips through JSON',
    (kind, id, sector) => {
      const result = safeParseBusinessRecord({ ...halyk, id, kind, sector });
      expect(result.ok).toBe(businessKindsOfId(id).includes(kind));
      if (result.ok) {
        expect(parseBusinessRecord(JSON.parse(JSON.stringify(result.value)))).toEqual(result.value);
      } else {
        expect(paths(result.error)).toEqual(['kind']);
      }
    },
  );
});

describe('businessName', () => {
  it('picks the language, falling back to the other name', () => {
    expect(businessName(halyk, 'kk')).toBe('«Қазақстан Халық Банкі» АҚ');
    expect(businessName(halyk, 'ru')).toBe('АО «Народный Банк Казахстана»');
    expect(businessName(halyk, 'en')).toBe('АО «Народный Банк Казахстана»');
    expect(businessName({ names: { kk: 'Дәмді' } }, 'ru')).toBe('Дәмді');
    expect(() => businessName({ names: {} }, 'kk')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: {
          fn: 'businessName',
          field: 'business.names',
          received: { type: 'object' },
          expected: 'businessName',
        },
      }),
    );
    // Never a blank name, nor a TypeError for a business not built by parseBusinessRecord.
    expect(businessName({ names: { kk: '  ', ru: 'ТОО «Дамди»' } }, 'kk')).toBe('ТОО «Дамди»');
    for (const business of [null, {}, { names: null }, { names: { ru: '' } }]) {
      expect(() => businessName(business as never, 'kk')).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
    expect(() => businessName(halyk, 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});

import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnyTutynushyError, RecordIssue } from '../../src/core/index.js';
import {
  isOutreachKind,
  isSocialPlatform,
  isSocialPost,
  OUTREACH_KIND_HEADINGS,
  OUTREACH_KIND_KEYS,
  OUTREACH_KINDS,
  OutreachActivityRecordSchema,
  outreachKindHeading,
  outreachKindLabel,
  parseOutreachActivityRecord,
  SOCIAL_PLATFORM_KEYS,
  SOCIAL_PLATFORMS,
  safeParseOutreachActivityRecord,
  socialPlatformLabel,
} from '../../src/outreach/index.js';

const post = {
  schemaVersion: 1,
  id: 'O-2024-0457',
  kind: 'socialPost',
  platform: 'instagram',
  date: '2024-03-15',
  region: '79',
  title: 'Бүкіләлемдік тұтынушылар құқықтарын қорғау күні',
  link: 'https://www.instagram.com/p/C4kq2Xxxxx/',
} as const;

const roundTable = {
  schemaVersion: 1,
  id: 'O-2024-0458',
  kind: 'roundTable',
  date: '2024-04-18',
  region: '79',
  title: 'Тұтынушылар құқықтарын қорғау: кәсіпкерлермен дөңгелек үстел',
  partner: '«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы',
  audience: 45,
} as const;

function failure(input: unknown): AnyTutynushyError {
  const result = safeParseOutreachActivityRecord(input);
  if (result.ok) throw new Error('expected the activity to be rejected');
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

const cut = (text: string) => `${text.slice(0, 200)}…`;

describe('outreach labels', () => {
  it('use the names department reports publish', () => {
    expect(outreachKindLabel('mediaSpeech', 'kk')).toBe('БАҚ-та сөз сөйлеу');
    expect(outreachKindLabel('mediaPublication', 'kk')).toBe('БАҚ-тағы жарияланымдар');
    expect(outreachKindLabel('socialPost', 'kk')).toBe('Әлеуметтік желілердегі жарияланымдар');
    expect(outreachKindLabel('briefing', 'kk')).toBe('Өткізілген брифингтер');
    expect(outreachKindLabel('mediaSpeech', 'ru')).toBe('Выступления в СМИ');
    expect(outreachKindLabel('mediaPublication', 'ru')).toBe('Публикации в СМИ');
    expect(outreachKindLabel('socialPost', 'ru')).toBe('Публикации в социальных сетях');
    expect(outreachKindLabel('briefing', 'ru')).toBe('Проведённые брифинги');
  });

  it('give the published KPI headings', () => {
    expect(outreachKindHeading('mediaSpeech', 'kk')).toBe('БАҚ-та сөз сөйлеу жиілігі');
    expect(outreachKindHeading('mediaPublication', 'kk')).toBe('БАҚ-тағы жарияланымдардың жиілігі');
    expect(outreachKindHeading('socialPost', 'kk')).toBe(
      'Әлеуметтік желілердегі жарияланымдардың жиілігі',
    );
    expect(outreachKindHeading('briefing', 'kk')).toBe('Өткізілген брифингтер саны');
  });

  it('label every kind, heading and platform in the three languages', () => {
    for (const table of [OUTREACH_KINDS, OUTREACH_KIND_HEADINGS, SOCIAL_PLATFORMS]) {
      for (const labels of Object.values(table)) {
        for (const locale of ['kk', 'ru', 'en'] as const)
          expect(labels[locale].trim()).not.toBe('');
      }
    }
    expect(Object.keys(OUTREACH_KIND_HEADINGS)).toEqual([...OUTREACH_KIND_KEYS]);
    expect(OUTREACH_KIND_KEYS).toEqual([
      'mediaSpeech',
      'mediaPublication',
      'socialPost',
      'briefing',
      'roundTable',
      'seminar',
      'meeting',
      'other',
    ]);
    expect(SOCIAL_PLATFORM_KEYS).toEqual([
      'instagram',
      'facebook',
      'telegram',
      'tiktok',
      'youtube',
      'vk',
      'x',
      'threads',
      'other',
    ]);
    expect(socialPlatformLabel('vk', 'en')).toBe('VK');
    expect(socialPlatformLabel('other', 'kk')).toBe('басқа желі');
  });

  it('guard against look-alikes', () => {
    for (const value of ['toString', '__proto__', '', 'Instagram', 'briefings', 1, null]) {
      expect(isOutreachKind(value)).toBe(false);
      expect(isSocialPlatform(value)).toBe(false);
    }
    expect(() => outreachKindLabel('webinar' as 'other', 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => socialPlatformLabel('x', 'de' as 'en')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});

describe('parseOutreachActivityRecord', () => {
  it('reads a social post and a round table with Atameken', () => {
    const parsed = parseOutreachActivityRecord(post);
    expect(parsed).toEqual(post);
    expect(isSocialPost(parsed) && parsed.platform).toBe('instagram');
    const table = parseOutreachActivityRecord({ ...roundTable, region: 'KZ-79' });
    expect(table.region).toBe('79');
    expect(table.partner).toContain('Атамекен');
    expect(table.audience).toBe(45);
    expect(isSocialPost(table)).toBe(false);
    expect(isSocialPost(null as never)).toBe(false);
  });

  it('rejects a social post without a platform, naming the field', () => {
    const { platform: _, ...withoutPlatform } = post;
    const error = failure(withoutPlatform);
    expect(error.details).toEqual({
      kind: 'outreachActivity',
      recordId: 'O-2024-0457',
      issues: [{ code: 'notOneOf', path: ['platform'], allowed: [...SOCIAL_PLATFORM_KEYS] }],
    });
    expect(error.message).toBe(
      'Invalid outreach activity record "O-2024-0457": platform: expected one of instagram, facebook, telegram, tiktok, youtube, vk, x, threads, other, got undefined',
    );
    expect(issuesOf(failure({ ...post, platform: 'myspace' }))).toEqual([
      {
        code: 'notOneOf',
        path: ['platform'],
        allowed: [...SOCIAL_PLATFORM_KEYS],
        received: 'myspace',
      },
    ]);
  });

  it('rejects a platform on a briefing, naming the field', () => {
    const error = failure({ ...roundTable, kind: 'briefing', platform: 'telegram' });
    expect(issuesOf(error)).toEqual([
      { code: 'forbidden', path: ['platform'], received: 'telegram' },
    ]);
    expect(error.message).toContain('platform: not allowed here: leave it out (got "telegram")');
    expect(issuesOf(failure({ ...roundTable, kind: 'briefing', platform: null }))).toEqual([
      { code: 'forbidden', path: ['platform'], received: null },
    ]);
  });

  it('stores a link exactly as given, and only an http(s) address with a domain', () => {
    for (const link of [
      'https://www.gov.kz/memleket/entities/mti/press/news/details/1',
      'http://shymkent.gov.kz',
      'https://шымкент.kz/жаңалықтар',
    ]) {
      expect(parseOutreachActivityRecord({ ...post, link }).link).toBe(link);
    }
    const cases: [string, string][] = [
      [' https://www.gov.kz', 'surroundingSpace'],
      ['http://localhost', 'noDomain'],
      ['https://', 'notAbsolute'],
      ['www.gov.kz', 'notAbsolute'],
      ['mailto:info@gov.kz', 'protocol'],
      // User info before the host hides the real one: this opens evil.com.
      ['https://gov.kz@evil.com/', 'userInfo'],
      ['https://user:secret@www.gov.kz/', 'userInfo'],
    ];
    for (const [link, why] of cases) {
      const error = failure({ ...post, link });
      expect(issuesOf(error), link).toEqual([
        { code: 'rule', rule: 'httpLink', path: ['link'], received: link, facts: { why } },
      ]);
      expect(error.message).toContain(
        'link: expected an http(s) address such as https://www.gov.kz/… (',
      );
    }
    // A line break is not plain text in a link, and surrounds it too.
    expect(issuesOf(failure({ ...post, link: 'https://www.gov.kz\n' }))).toEqual([
      { code: 'rule', rule: 'plainText', path: ['link'], received: 'https://www.gov.kz\n' },
      {
        code: 'rule',
        rule: 'httpLink',
        path: ['link'],
        received: 'https://www.gov.kz\n',
        facts: { why: 'surroundingSpace' },
      },
    ]);
    expect(failure({ ...post, link: 'https://gov.kz@evil.com/' }).message).toBe(
      'Invalid outreach activity record "O-2024-0457": link: expected an http(s) address such as https://www.gov.kz/… (user info before the host hides the real host)',
    );
  });

  it('rejects impossible dates, unknown kinds and regions, bad links and audiences', () => {
    expect(issuesOf(failure({ ...post, date: '2024-02-30' }))).toEqual([
      {
        code: 'invalidValue',
        path: ['date'],
        received: '2024-02-30',
        error: {
          code: 'INVALID_DATE',
          details: { received: '2024-02-30', problem: 'day', lastDay: 29 },
        },
      },
    ]);
    expect(failure({ ...post, date: '2024-02-30' }).message).toContain(
      'day 30 does not exist in 2024-02',
    );
    expect(issuesOf(failure({ ...roundTable, kind: 'webinar' }))).toEqual([
      {
        code: 'notOneOf',
        path: ['kind'],
        // The social post first: its variant of the record is the one with a platform.
        allowed: ['socialPost', ...OUTREACH_KIND_KEYS.filter((kind) => kind !== 'socialPost')],
        received: 'webinar',
      },
    ]);
    expect(failure({ ...roundTable, kind: 'webinar' }).message).toContain(
      'kind: expected one of socialPost, mediaSpeech, mediaPublication, briefing',
    );
    expect(issuesOf(failure({ ...post, region: '80' }))[0]).toMatchObject({
      code: 'invalidValue',
      path: ['region'],
      error: { code: 'INVALID_REGION', details: { problem: 'unknownCode', code: '80' } },
    });
    for (const [link, issue] of [
      ['www.gov.kz', { code: 'rule', rule: 'httpLink', facts: { why: 'notAbsolute' } }],
      ['javascript:alert(1)', { code: 'rule', rule: 'httpLink', facts: { why: 'protocol' } }],
      ['ftp://gov.kz/x', { code: 'rule', rule: 'httpLink', facts: { why: 'protocol' } }],
      ['', { code: 'blank' }],
    ] as const) {
      expect(issuesOf(failure({ ...post, link }))).toEqual([
        { ...issue, path: ['link'], received: link },
      ]);
    }
    for (const [audience, issue] of [
      [-1, { code: 'tooSmall', min: 0, received: -1 }],
      [2.5, { code: 'notInteger', received: 2.5 }],
      [Number.NaN, { code: 'invalidType', expected: 'number', received: Number.NaN }],
      ['45', { code: 'invalidType', expected: 'number', received: '45' }],
      [
        Number.POSITIVE_INFINITY,
        { code: 'invalidType', expected: 'number', received: Number.POSITIVE_INFINITY },
      ],
      [2 ** 53, { code: 'tooLarge', max: 2 ** 53 - 1, received: 2 ** 53 }],
      [null, { code: 'invalidType', expected: 'number', received: null }],
    ] as const) {
      expect(issuesOf(failure({ ...roundTable, audience })), String(audience)).toEqual([
        { ...issue, path: ['audience'] },
      ]);
    }
    expect(failure({ ...roundTable, audience: '45' }).message).toContain(
      'audience: expected a number, got "45"',
    );
    expect(failure({ ...roundTable, audience: -1 }).message).toContain(
      'audience: expected 0 or more, got -1',
    );
    expect(failure({ ...roundTable, audience: 2 ** 53 }).message).toContain(
      'audience: expected 9007199254740991 or less, got 9007199254740992',
    );
    // -0 reads back from JSON as 0, so it is stored as 0.
    const none = parseOutreachActivityRecord({ ...roundTable, audience: -0 });
    expect(Object.is(none.audience, 0)).toBe(true);
    expect(parseOutreachActivityRecord(JSON.parse(JSON.stringify(none)))).toEqual(none);
    expect(issuesOf(failure({ ...roundTable, title: '  ' }))).toEqual([
      { code: 'blank', path: ['title'], received: '  ' },
    ]);
    expect(issuesOf(failure({ ...roundTable, venue: 'Шымкент' }))).toEqual([
      { code: 'unknownField', path: [], keys: ['venue'], count: 1 },
    ]);
  });

  it('keeps a 50 kB input out of the message', () => {
    const long = 'ы'.repeat(50_000);
    const error = failure({ ...roundTable, title: long, partner: long, id: long });
    expect(issuesOf(error)).toEqual([
      { code: 'tooLong', path: ['id'], max: 200, length: 50_000, received: cut(long) },
      { code: 'tooLong', path: ['title'], max: 1000, length: 50_000, received: cut(long) },
      { code: 'tooLong', path: ['partner'], max: 500, length: 50_000, received: cut(long) },
    ]);
    expect(error.message.length).toBeLessThan(500);
    const link = failure({ ...post, link: `https://www.gov.kz/${long}` });
    expect(issuesOf(link)).toEqual([
      {
        code: 'tooLong',
        path: ['link'],
        max: 2000,
        length: 50_019,
        received: cut(`https://www.gov.kz/${long}`),
      },
    ]);
    expect(link.message).toContain('link: expected at most 2000 characters, got 50019');
    for (const [fields, path] of [
      [{ kind: long }, 'kind'],
      [{ platform: long }, 'platform'],
      [{ region: long }, 'region'],
    ] as const) {
      const named = failure({ ...post, ...fields });
      expect(paths(named)).toEqual([path]);
      expect(issuesOf(named)[0]?.received).toBe(cut(long));
      expect(named.message).toContain(`"${'ы'.repeat(60)}"…`);
      expect(named.message.length).toBeLessThan(500);
    }
    const unknown = failure({ ...post, [long]: 1 });
    expect(issuesOf(unknown)).toEqual([
      { code: 'unknownField', path: [], keys: [cut(long)], count: 1 },
    ]);
    expect(unknown.message.length).toBeLessThan(500);
  });

  it('refuses what is not a record, and records of another schema version', () => {
    for (const [input, issue] of [
      [null, { code: 'invalidType', path: [], expected: 'object', received: null }],
      ['O-1', { code: 'invalidType', path: [], expected: 'object', received: 'O-1' }],
      [42, { code: 'invalidType', path: [], expected: 'object', received: 42 }],
      [
        [],
        {
          code: 'invalidType',
          path: [],
          expected: 'object',
          received: { type: 'array', length: 0 },
        },
      ],
      [new Date(0), { code: 'required', path: ['kind'] }],
      [undefined, { code: 'required', path: [] }],
    ] as const) {
      expect(issuesOf(failure(input))).toEqual([issue]);
    }
    expect(failure({ ...post, schemaVersion: 3 }).details).toEqual({
      kind: 'outreachActivity',
      recordId: 'O-2024-0457',
      received: 3,
      supported: [1],
    });
    expect(() => parseOutreachActivityRecord({ ...post, schemaVersion: 3 })).toThrow(
      'Cannot read outreach activity record "O-2024-0457": it has schemaVersion 3',
    );
  });

  propTest.prop(
    [
      fc.constantFrom(...OUTREACH_KIND_KEYS),
      fc.constantFrom(...SOCIAL_PLATFORM_KEYS),
      fc.boolean(),
      fc.integer({ min: 0, max: 3650 }),
    ],
    { numRuns: 200 },
  )(
    'accepts a platform exactly on social posts, and round-trips through JSON',
    (kind, platform, withPlatform, day) => {
      const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
      const input = {
        schemaVersion: 1,
        id: 'O-1',
        kind,
        date,
        region: '71',
        ...(withPlatform ? { platform } : {}),
      };
      const result = safeParseOutreachActivityRecord(input);
      expect(result.ok).toBe(withPlatform === (kind === 'socialPost'));
      expect(OutreachActivityRecordSchema.safeParse(input).success).toBe(result.ok);
      if (result.ok) {
        expect(parseOutreachActivityRecord(JSON.parse(JSON.stringify(result.value)))).toEqual(
          result.value,
        );
      }
    },
  );
});

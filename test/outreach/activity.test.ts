import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TutynushyError } from '../../src/core/index.js';
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

function failure(input: unknown): TutynushyError {
  const result = safeParseOutreachActivityRecord(input);
  if (result.ok) throw new Error('expected the activity to be rejected');
  return result.error;
}

function paths(error: TutynushyError): string[] {
  return (error.details['issues'] as { path: PropertyKey[] }[]).map((issue) =>
    issue.path.join('.'),
  );
}

describe('outreach labels', () => {
  it('use the names department reports publish (DOMAIN §4)', () => {
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
    expect(error.code).toBe('INVALID_RECORD');
    expect(paths(error)).toEqual(['platform']);
    expect(error.message).toBe(
      'Invalid outreach activity record "O-2024-0457": platform: a socialPost needs its platform: one of instagram, facebook, telegram, tiktok, youtube, vk, x, threads, other',
    );
    expect(paths(failure({ ...post, platform: 'myspace' }))).toEqual(['platform']);
  });

  it('rejects a platform on a briefing, naming the field', () => {
    const error = failure({ ...roundTable, kind: 'briefing', platform: 'telegram' });
    expect(paths(error)).toEqual(['platform']);
    expect(error.message).toContain(
      'platform: only a socialPost has a platform: leave it out for this kind (got "telegram")',
    );
    expect(paths(failure({ ...roundTable, kind: 'briefing', platform: null }))).toEqual([
      'platform',
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
      [' https://www.gov.kz', 'it has surrounding whitespace'],
      ['https://www.gov.kz\n', 'it has surrounding whitespace'],
      ['http://localhost', 'the host localhost has no domain'],
      ['https://', 'it is not an absolute address'],
      ['www.gov.kz', 'it is not an absolute address'],
      ['mailto:info@gov.kz', 'mailto is not http or https'],
    ];
    for (const [link, problem] of cases) {
      const error = failure({ ...post, link });
      expect(paths(error)).toEqual(['link']);
      expect(error.message).toContain(
        `link: expected an http(s) address such as https://www.gov.kz/…, got ${JSON.stringify(link)}: ${problem}`,
      );
    }
  });

  it('rejects impossible dates, unknown kinds and regions, bad links and audiences', () => {
    expect(paths(failure({ ...post, date: '2024-02-30' }))).toEqual(['date']);
    expect(failure({ ...post, date: '2024-02-30' }).message).toContain(
      'day 30 does not exist in 2024-02',
    );
    expect(paths(failure({ ...roundTable, kind: 'webinar' }))).toEqual(['kind']);
    expect(failure({ ...roundTable, kind: 'webinar' }).message).toContain(
      'kind: unknown activity kind "webinar": expected one of mediaSpeech, mediaPublication, socialPost',
    );
    expect(paths(failure({ ...post, region: '80' }))).toEqual(['region']);
    for (const link of ['www.gov.kz', 'javascript:alert(1)', 'ftp://gov.kz/x', '']) {
      expect(paths(failure({ ...post, link }))).toEqual(['link']);
    }
    for (const audience of [-1, 2.5, Number.NaN, '45', Number.POSITIVE_INFINITY, 2 ** 53, null]) {
      expect(paths(failure({ ...roundTable, audience }))).toEqual(['audience']);
    }
    expect(failure({ ...roundTable, audience: '45' }).message).toContain(
      'audience: expected a whole number of people, got "45"',
    );
    expect(failure({ ...roundTable, audience: -1 }).message).toContain(
      'audience: expected zero or more people, got -1',
    );
    // -0 reads back from JSON as 0, so it is stored as 0.
    const none = parseOutreachActivityRecord({ ...roundTable, audience: -0 });
    expect(Object.is(none.audience, 0)).toBe(true);
    expect(parseOutreachActivityRecord(JSON.parse(JSON.stringify(none)))).toEqual(none);
    expect(paths(failure({ ...roundTable, title: '  ' }))).toEqual(['title']);
    expect(paths(failure({ ...roundTable, venue: 'Шымкент' }))).toEqual(['']);
  });

  it('keeps a 50 kB input out of the message', () => {
    const long = 'ы'.repeat(50_000);
    const error = failure({ ...roundTable, title: long, partner: long, id: long });
    expect(paths(error)).toEqual(['id', 'title', 'partner']);
    expect(error.message.length).toBeLessThan(500);
    const link = failure({ ...post, link: `https://www.gov.kz/${long}` });
    expect(paths(link)).toEqual(['link']);
    expect(link.message).toContain('link: expected at most 2000 characters, got 50019');
    for (const fields of [{ kind: long }, { platform: long }, { region: long }, { [long]: 1 }]) {
      const named = failure({ ...post, ...fields });
      expect(named.message).toContain('"… (50000 characters)');
      expect(named.message.length).toBeLessThan(500);
    }
  });

  it('refuses what is not a record, and records of another schema version', () => {
    for (const input of [null, 'O-1', 42, [], new Date(0), undefined]) {
      expect(failure(input).code).toBe('INVALID_RECORD');
    }
    expect(failure({ ...post, schemaVersion: 3 }).code).toBe('UNSUPPORTED_SCHEMA_VERSION');
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

// Input a program should never send, sent anyway: keys that are not strings,
// ids and links that hide what they hold, writes to the exported tables.
import { describe, expect, it } from 'vitest';
import {
  OUTREACH_KIND_HEADINGS,
  OUTREACH_KIND_KEYS,
  OUTREACH_KINDS,
  outreachKindHeading,
  outreachKindLabel,
  parseOutreachActivityRecord,
  SOCIAL_PLATFORM_KEYS,
  SOCIAL_PLATFORMS,
  socialPlatformLabel,
} from '../../src/outreach/index.js';
import { thrown } from '../support/errors.js';

const post = {
  schemaVersion: 1,
  id: 'O-2024-0457',
  kind: 'socialPost',
  platform: 'instagram',
  date: '2024-03-15',
  region: '79',
} as const;

describe('label functions take only a string key', () => {
  it.each([
    ['outreachKindLabel', outreachKindLabel, OUTREACH_KIND_KEYS],
    ['outreachKindHeading', outreachKindHeading, OUTREACH_KIND_KEYS],
    ['socialPlatformLabel', socialPlatformLabel, SOCIAL_PLATFORM_KEYS],
  ] as const)('%s', (_, labelOf, keys) => {
    const label = labelOf as (key: unknown, locale: 'kk') => string;
    expect(label(keys[0], 'kk').length).toBeGreaterThan(0);
    for (const [bad, shown] of [
      [[keys[0]], { type: 'array', length: 1 }],
      [Object.create(null), { type: 'object' }],
      ['hasOwnProperty', 'hasOwnProperty'],
    ] as const) {
      expect(thrown(() => label(bad, 'kk'), 'INVALID_ARGUMENT').details).toEqual({
        field: 'key',
        received: shown,
        expected: 'oneOf',
        allowed: [...keys],
      });
    }
  });
});

describe('text that hides what it holds', () => {
  it.each([
    ['a lone surrogate and an override', { id: '\uD800\u202E' }, 'id', 'plainText'],
    ['NUL', { id: 'O\u00001' }, 'id', 'plainText'],
    ['whitespace around it', { id: 'O-1 ' }, 'id', 'trimmed'],
    ['a bidirectional isolate in a title', { title: 'Күн\u2067 тәртібі' }, 'title', 'plainText'],
  ])('%s is refused', (_, fields, field, rule) => {
    const value = (fields as Record<string, string>)[field];
    expect(
      thrown(() => parseOutreachActivityRecord({ ...post, ...fields }), 'INVALID_RECORD').details
        .issues,
    ).toEqual([{ code: 'rule', rule, path: [field], received: value }]);
  });

  it('a link whose user info hides the real host is refused', () => {
    const link = 'https://gov.kz@evil.com/';
    expect(
      thrown(() => parseOutreachActivityRecord({ ...post, link }), 'INVALID_RECORD').details.issues,
    ).toEqual([
      {
        code: 'rule',
        rule: 'httpLink',
        path: ['link'],
        received: link,
        facts: { why: 'userInfo' },
      },
    ]);
  });
});

describe('the exported tables', () => {
  it('are frozen all the way down, and a write changes no label', () => {
    for (const table of [OUTREACH_KINDS, OUTREACH_KIND_HEADINGS, SOCIAL_PLATFORMS]) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const labels of Object.values(table)) expect(Object.isFrozen(labels)).toBe(true);
    }
    expect(Object.isFrozen(OUTREACH_KIND_KEYS)).toBe(true);
    expect(Object.isFrozen(SOCIAL_PLATFORM_KEYS)).toBe(true);
    expect(() => {
      (OUTREACH_KINDS.briefing as { kk: string }).kk = 'вебинар';
    }).toThrow(TypeError);
    expect(() => {
      (SOCIAL_PLATFORM_KEYS as unknown as string[]).push('myspace');
    }).toThrow(TypeError);
    expect(outreachKindLabel('briefing', 'kk')).toBe('Өткізілген брифингтер');
    expect(thrown(() => parseOutreachActivityRecord({ ...post, platform: 'myspace' })).code).toBe(
      'INVALID_RECORD',
    );
  });
});

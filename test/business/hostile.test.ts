// Input a program should never send, sent anyway: keys that are not strings,
// ids that hide what they hold, writes to the exported tables.
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_KIND_KEYS,
  BUSINESS_KINDS,
  businessKindLabel,
  parseBusinessRecord,
  parseSystemRegistrationRecord,
  SYSTEM_ACCOUNT_HEADINGS,
  SYSTEM_ACCOUNT_KEYS,
  SYSTEM_ACCOUNTS,
  systemAccountHeading,
  systemAccountLabel,
} from '../../src/business/index.js';
import { thrown } from '../support/errors.js';

const halyk = {
  schemaVersion: 1,
  id: '940140000385',
  kind: 'legalEntity',
  names: { kk: '«Қазақстан Халық Банкі» АҚ', ru: 'АО «Народный Банк Казахстана»' },
  region: '75',
  sector: 'financialServices',
} as const;
const consumer = {
  schemaVersion: 1,
  id: 'R-2024-000981',
  account: 'consumer',
  date: '2024-05-03',
} as const;

describe('label functions take only a string key', () => {
  it.each([
    ['businessKindLabel', businessKindLabel, BUSINESS_KIND_KEYS],
    ['systemAccountLabel', systemAccountLabel, SYSTEM_ACCOUNT_KEYS],
    ['systemAccountHeading', systemAccountHeading, SYSTEM_ACCOUNT_KEYS],
  ] as const)('%s', (_, labelOf, keys) => {
    const label = labelOf as (key: unknown, locale: 'kk') => string;
    expect(label(keys[0], 'kk').length).toBeGreaterThan(0);
    for (const [bad, shown] of [
      [[keys[0]], { type: 'array', length: 1 }],
      [Object.create(null), { type: 'object' }],
      ['valueOf', 'valueOf'],
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
  it('a business name with a bidirectional override or NUL is refused', () => {
    for (const name of ['ТОО «Дамди»\u202E', 'ТОО\u0000', '\uDC00']) {
      expect(
        thrown(() => parseBusinessRecord({ ...halyk, names: { ru: name } }), 'INVALID_RECORD')
          .details.issues,
      ).toEqual([{ code: 'rule', rule: 'plainText', path: ['names', 'ru'], received: name }]);
    }
  });

  it.each([
    ['\uD800\u202E', 'plainText'],
    ['R\u00001', 'plainText'],
    [' R-1', 'trimmed'],
  ])('a registration id %j is refused', (id, rule) => {
    expect(
      thrown(() => parseSystemRegistrationRecord({ ...consumer, id }), 'INVALID_RECORD').details
        .issues,
    ).toEqual([{ code: 'rule', rule, path: ['id'], received: id }]);
  });
});

describe('the exported tables', () => {
  it('are frozen all the way down, and a write changes no label', () => {
    for (const table of [BUSINESS_KINDS, SYSTEM_ACCOUNTS, SYSTEM_ACCOUNT_HEADINGS]) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const labels of Object.values(table)) expect(Object.isFrozen(labels)).toBe(true);
    }
    expect(() => {
      (BUSINESS_KINDS.branch as { ru: string }).ru = 'филиал банка';
    }).toThrow(TypeError);
    expect(() => {
      (BUSINESS_KIND_KEYS as unknown as string[]).push('bank');
    }).toThrow(TypeError);
    expect(businessKindLabel('individualEntrepreneur', 'kk')).toBe('жеке кәсіпкер');
  });
});

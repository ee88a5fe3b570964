import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/describe.js';
import { assertLocale, createTutynushyError, label, russianPlural } from '../../src/core/index.js';
import { labelOf } from '../../src/core/labels.js';
import { safe } from '../../src/core/result.js';
import { thrown } from '../support/errors.js';

const tiyn = { one: 'тиын', few: 'тиына', many: 'тиынов' };

describe('labels, locales and plurals', () => {
  it('picks labels and rejects unknown locales and keys', () => {
    const satisfied = { kk: 'қанағаттандырылды', ru: 'удовлетворено', en: 'satisfied' };
    expect(label(satisfied, 'kk')).toBe('қанағаттандырылды');
    expect(label(satisfied, 'ru')).toBe('удовлетворено');
    expect(() => label(satisfied, 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
    const empty = thrown(() => assertLocale(''), 'INVALID_LOCALE');
    expect(empty.details).toEqual({ received: '', allowed: ['kk', 'ru', 'en'] });
    expect(empty.message).toBe('Unknown locale "": expected "kk", "ru" or "en"');
    expect(labelOf({ a: satisfied }, 'a', 'en')).toBe('satisfied');
    for (const key of ['toString', ['a'], Object.create(null), 1]) {
      const error = thrown(() => labelOf({ a: satisfied }, key as 'a', 'en'), 'INVALID_ARGUMENT');
      expect(error.details).toMatchObject({ field: 'key', expected: 'oneOf', allowed: ['a'] });
    }
  });

  it('declines Russian nouns by CLDR plural category', () => {
    expect(
      [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 111].map((n) => russianPlural(n, tiyn)),
    ).toEqual([
      'тиынов',
      'тиын',
      'тиына',
      'тиына',
      'тиынов',
      'тиынов',
      'тиынов',
      'тиынов',
      'тиын',
      'тиына',
      'тиынов',
      'тиынов',
      'тиын',
      'тиынов',
    ]);
    expect(russianPlural(1_000_000_000_021n, tiyn)).toBe('тиын');
  });

  it('describes values briefly', () => {
    expect(describeValue('x'.repeat(50_000))).toMatch(/… \(50000 characters\)$/);
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue('2024-13')).toBe('"2024-13"');
    expect(describeValue(12n)).toBe('12n');
  });

  it('safe() turns only library errors into results', () => {
    const f = safe((x: number) => {
      if (x < 0)
        throw createTutynushyError('INVALID_ARGUMENT', {
          field: 'x',
          received: x,
          expected: 'nonNegativeInteger',
        });
      if (x === 0) throw new RangeError('bug');
      return x;
    });
    expect(f(1)).toEqual({ ok: true, value: 1 });
    const failed = f(-1);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.code).toBe('INVALID_ARGUMENT');
    expect(() => f(0)).toThrow(RangeError);
  });
});

describe('locale errors stay small', () => {
  it('cut a 50 kB locale in the message and in details', () => {
    const e = thrown(() => assertLocale('k'.repeat(50_000)), 'INVALID_LOCALE');
    expect(e.message.length).toBeLessThan(200);
    expect(e.details.received).toBe(`${'k'.repeat(200)}…`);
  });
});

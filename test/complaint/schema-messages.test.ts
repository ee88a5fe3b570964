// Every object in an appeal record refuses an unknown field by name, cut when
// long (a 50 kB key must not make a 50 kB error), and a bad text names the
// value or the length it had: the same issues as every other record kind,
// from core's schema helpers.
import { describe, expect, it } from 'vitest';
import { parseComplaintEvent, parseComplaintRecord } from '../../src/complaint/index.js';
import { formatError } from '../../src/core/index.js';
import { thrown } from '../support/errors.js';
import { appealJson, HALYK_BIN, VALID_IIN } from './records.js';

const failure = (input: unknown) => thrown(() => parseComplaintRecord(input), 'INVALID_RECORD');
const longKey = 'k'.repeat(50_000);
const cutKey = `${'k'.repeat(200)}…`;

describe('unknown fields', () => {
  it.each([
    ['the record', appealJson([], { [longKey]: 1 }), [], '(record): unknown field "kkk'],
    [
      'an individual consumer',
      appealJson([], { consumer: { kind: 'individual', iin: VALID_IIN, [longKey]: 1 } }),
      ['consumer'],
      'consumer: unknown field "kkk',
    ],
    [
      'a legal entity consumer',
      appealJson([], { consumer: { kind: 'legalEntity', bin: HALYK_BIN, [longKey]: 1 } }),
      ['consumer'],
      'consumer: unknown field "kkk',
    ],
    [
      'the business',
      appealJson([], { business: { id: HALYK_BIN, [longKey]: 1 } }),
      ['business'],
      'business: unknown field "kkk',
    ],
  ])('are named and cut on %s', (_where, input, path, part) => {
    const error = failure(input);
    expect(error.details).toEqual({
      kind: 'complaint',
      recordId: 'SH-2024-0001',
      issues: [{ code: 'unknownField', path, keys: [cutKey], count: 1 }],
    });
    expect(error.message).toContain(part);
    expect(error.message.length).toBeLessThan(500);
    expect(JSON.stringify(error.details).length).toBeLessThan(1000);
  });

  it('names a short unknown field in full, and says how many more there are', () => {
    expect(failure(appealJson([], { handler: 'clerk' })).details.issues).toEqual([
      { code: 'unknownField', path: [], keys: ['handler'], count: 1 },
    ]);
    const many = failure(appealJson([], { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
    expect(many.details.issues).toEqual([
      { code: 'unknownField', path: [], keys: ['a', 'b', 'c', 'd', 'e'], count: 7 },
    ]);
    expect(many.message).toContain('unknown fields "a", "b", "c", "d", "e" and 2 more');
  });

  it('are cut on an event too, naming the event type', () => {
    const error = thrown(
      () => parseComplaintEvent({ type: 'register', at: '2024-06-03', [longKey]: 1 }),
      'INVALID_RECORD',
    );
    expect(error.details).toEqual({
      kind: 'complaintEvent',
      issues: [
        { code: 'unknownField', path: [], keys: [cutKey], count: 1, facts: { event: 'register' } },
      ],
    });
    expect(error.message).toContain('unknown field "kkk');
    expect(error.message).toContain('on a "register" event');
    expect(error.message.length).toBeLessThan(500);
    expect(formatError(error, 'ru')).toContain('в событии "register"');
    expect(formatError(error, 'kk')).toContain('("register" оқиғасында)');
  });
});

describe('text fields', () => {
  it('name a blank value and a length over the limit', () => {
    expect(failure(appealJson([], { subject: '   ' })).details.issues).toEqual([
      { code: 'blank', path: ['subject'], received: '   ' },
    ]);
    const long = failure(appealJson([], { subject: 'x'.repeat(50_000) }));
    expect(long.details.issues).toEqual([
      {
        code: 'tooLong',
        path: ['subject'],
        max: 1000,
        length: 50_000,
        received: `${'x'.repeat(200)}…`,
      },
    ]);
    expect(long.message).toContain('subject: expected at most 1000 characters, got 50000');
    expect(failure(appealJson([], { id: '' })).details).toEqual({
      kind: 'complaint',
      issues: [{ code: 'blank', path: ['id'], received: '' }],
    });
  });

  it('refuse ids and texts that are not plain: lone surrogates, bidi controls, NUL, surrounding space', () => {
    for (const id of ['\uD800\u202E', 'A\u0000', 'A\u202EB']) {
      expect(failure(appealJson([], { id })).details.issues).toEqual([
        { code: 'rule', rule: 'plainText', path: ['id'], received: id },
      ]);
    }
    expect(failure(appealJson([], { id: 'A ' })).details.issues).toEqual([
      { code: 'rule', rule: 'trimmed', path: ['id'], received: 'A ' },
    ]);
    expect(failure(appealJson([], { subject: 'ok\u202Eko' })).details.issues).toEqual([
      { code: 'rule', rule: 'plainText', path: ['subject'], received: 'ok\u202Eko' },
    ]);
  });
});

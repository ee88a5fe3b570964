// Every object in an appeal record refuses an unknown field by name, cut when
// long (a 50 kB key must not make a 50 kB message), and a bad text names the
// value or the length it had: the same wording as every other record kind,
// from core's schema helpers.
import { describe, expect, it } from 'vitest';
import { parseComplaintEvent, parseComplaintRecord } from '../../src/complaint/index.js';
import { thrown } from '../support/errors.js';
import { appealJson, HALYK_BIN, VALID_IIN } from './records.js';

const failure = (input: unknown) => thrown(() => parseComplaintRecord(input));
const longKey = 'k'.repeat(50_000);

describe('unknown fields', () => {
  it.each([
    ['the record', appealJson([], { [longKey]: 1 }), '(record): unknown field "kkk'],
    [
      'an individual consumer',
      appealJson([], { consumer: { kind: 'individual', iin: VALID_IIN, [longKey]: 1 } }),
      'consumer: unknown field "kkk',
    ],
    [
      'a legal entity consumer',
      appealJson([], { consumer: { kind: 'legalEntity', bin: HALYK_BIN, [longKey]: 1 } }),
      'consumer: unknown field "kkk',
    ],
    [
      'the business',
      appealJson([], { business: { id: HALYK_BIN, [longKey]: 1 } }),
      'business: unknown field "kkk',
    ],
  ])('are named and cut on %s', (_where, input, part) => {
    const error = failure(input);
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toContain(part);
    expect(error.message).toContain('… (50000 characters)');
    expect(error.message.length).toBeLessThan(500);
    expect(JSON.stringify(error.details).length).toBeLessThan(1000);
  });

  it('names a short unknown field in full, and says how many more there are', () => {
    expect(failure(appealJson([], { handler: 'clerk' })).message).toContain(
      '(record): unknown field "handler"',
    );
    const many = failure(appealJson([], { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
    expect(many.message).toContain('unknown fields "a", "b", "c", "d", "e" and 2 more');
  });

  it('are cut on an event too', () => {
    const error = thrown(() =>
      parseComplaintEvent({ type: 'register', at: '2024-06-03', [longKey]: 1 }),
    );
    expect(error.message).toContain('unknown field "kkk');
    expect(error.message).toContain('on a "register" event');
    expect(error.message.length).toBeLessThan(500);
  });
});

describe('text fields', () => {
  it('name a blank value and a length over the limit', () => {
    expect(failure(appealJson([], { subject: '   ' })).message).toContain(
      'subject: expected a non-empty text, got "   "',
    );
    expect(failure(appealJson([], { subject: 'x'.repeat(50_000) })).message).toContain(
      'subject: expected at most 1000 characters, got 50000',
    );
    expect(failure(appealJson([], { id: '' })).message).toContain(
      'id: expected a non-empty text, got ""',
    );
  });
});

// TutynushyError: typed details per code, facts as data, bounded values, and
// instanceof across copies of the library.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTutynushyError } from '../../src/core/create-error.js';
import type { ErrorCode } from '../../src/core/error-codes.js';
import type { AmountProblem, TaxpayerIdDetails } from '../../src/core/error-details.js';
import { type AnyTutynushyError, isTutynushyError, TutynushyError } from '../../src/core/errors.js';
import { safeParseLocalDate } from '../../src/core/local-date.js';
import { MAX_RECEIVED_LENGTH, received } from '../../src/core/received.js';
import type { Result } from '../../src/core/result.js';

describe('TutynushyError', () => {
  it('narrows details by code (checked by tsc)', () => {
    // Through a function, so that the compiler sees the union, as callers do.
    const caught = (): AnyTutynushyError =>
      createTutynushyError('INVALID_BIN', {
        received: '940140000380',
        problem: 'checkDigit',
        part: 'checkDigit',
        digit: 0,
        expectedCheckDigit: 5,
      });
    const error = caught();
    if (error.code === 'INVALID_BIN') {
      expectTypeOf(error.details).toEqualTypeOf<TaxpayerIdDetails>();
      expectTypeOf(error.details.expectedCheckDigit).toEqualTypeOf<number | null | undefined>();
      expect(error.details.expectedCheckDigit).toBe(5);
    }
    if (error.code === 'INVALID_AMOUNT') {
      expectTypeOf(error.details.problem).toEqualTypeOf<AmountProblem>();
    }
    const result: Result<string> = safeParseLocalDate('2024-13-01');
    if (!result.ok && result.error.code === 'INVALID_DATE') {
      expectTypeOf(result.error.details.problem).toEqualTypeOf<
        'notAString' | 'format' | 'year' | 'month' | 'day'
      >();
      expect(result.error.details.problem).toBe('month');
    }
  });

  it('narrows through instanceof and isTutynushyError', () => {
    const caught: unknown = createTutynushyError('INVALID_LOCALE', {
      received: 'kz',
      allowed: ['kk', 'ru', 'en'],
    });
    if (caught instanceof TutynushyError && caught.code === 'INVALID_LOCALE') {
      expectTypeOf(caught.details.allowed).toEqualTypeOf<readonly ('kk' | 'ru' | 'en')[]>();
    }
    if (isTutynushyError(caught, 'INVALID_LOCALE')) {
      expectTypeOf(caught.code).toEqualTypeOf<'INVALID_LOCALE'>();
      expect(caught.details.received).toBe('kz');
    }
    expect(isTutynushyError(caught, 'INVALID_DATE')).toBe(false);
    expect(isTutynushyError(new Error('x'))).toBe(false);
    expect(isTutynushyError(null)).toBe(false);
    expectTypeOf<AnyTutynushyError['code']>().toEqualTypeOf<ErrorCode>();
  });

  it('is a TutynushyError to another copy of the library, by its mark', () => {
    // What another copy's error looks like: the same mark, another prototype.
    const foreign = Object.create(Error.prototype, {
      [Symbol.for('tutynushy.error')]: { value: true },
      code: { value: 'INVALID_DATE' },
    });
    expect(foreign instanceof TutynushyError).toBe(true);
    expect(isTutynushyError(foreign, 'INVALID_DATE')).toBe(true);
    expect({ code: 'INVALID_DATE' } instanceof TutynushyError).toBe(false);
  });

  it('freezes its details and serialises to JSON with code, message and details', () => {
    const error = createTutynushyError('INVALID_PERIOD', {
      received: '2024-13',
      problem: 'monthOutOfRange',
      month: 13,
      min: 1,
      max: 12,
    });
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(() => {
      (error.details as { problem: string }).problem = 'yearOutOfRange';
    }).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'TutynushyError',
      code: 'INVALID_PERIOD',
      message: error.message,
      details: { received: '2024-13', problem: 'monthOutOfRange', month: 13, min: 1, max: 12 },
    });
    expect(error.name).toBe('TutynushyError');
    expect(error.stack?.startsWith('TutynushyError: Invalid period "2024-13"')).toBe(true);
  });

  it('serialises a bigint it received as its decimal string (JSON has no bigint)', () => {
    // What numberToWords(10n ** 30n, 'kk') throws.
    const error = createTutynushyError('INVALID_ARGUMENT', {
      fn: 'numberToWords',
      field: 'n',
      received: 10n ** 30n,
      expected: 'wordsRange',
    });
    expect(error.details.received).toBe(10n ** 30n);
    expect(JSON.parse(JSON.stringify(error)).details).toEqual({
      fn: 'numberToWords',
      field: 'n',
      received: `1${'0'.repeat(30)}`,
      expected: 'wordsRange',
    });
  });

  it('keeps a cause', () => {
    const cause = new Error('upstream');
    const error = createTutynushyError(
      'INVALID_LOCALE',
      { received: 1, allowed: ['kk'] },
      { cause },
    );
    expect(error.cause).toBe(cause);
  });
});

describe('received', () => {
  it('cuts long strings without splitting a surrogate pair, and keeps primitives', () => {
    const long = 'ж'.repeat(50_000);
    const kept = received(long) as string;
    expect(kept.length).toBe(MAX_RECEIVED_LENGTH + 1);
    expect(kept.endsWith('…')).toBe(true);
    const emoji = `${'a'.repeat(MAX_RECEIVED_LENGTH - 1)}😀tail`;
    expect(received(emoji)).toBe(`${'a'.repeat(MAX_RECEIVED_LENGTH - 1)}…`);
    for (const value of [0, -0, Number.NaN, 1e308, true, null, undefined, 12n]) {
      expect(Object.is(received(value), value)).toBe(true);
    }
  });

  it('summarises objects instead of keeping them, and survives hostile ones', () => {
    expect(received(new Array(1_000_000))).toEqual({ type: 'array', length: 1_000_000 });
    expect(received({ a: 1 })).toEqual({ type: 'object' });
    expect(received(new Date(Number.NaN))).toEqual({ type: 'date', iso: null });
    expect(received(new Date('2024-05-03T00:00:00Z'))).toEqual({
      type: 'date',
      iso: '2024-05-03T00:00:00.000Z',
    });
    expect(received(() => 1)).toEqual({ type: 'function' });
    expect(received(Symbol('s'))).toEqual({ type: 'symbol' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(received(proxy)).toEqual({ type: 'object' });
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(received(trap)).toEqual({ type: 'object' });
  });
});

// Each throw site brings the English wording of its own code (and its
// family's expectation tokens), so that a bundle carries only the words of
// the errors it can throw. What the whole catalogue says must not change:
// a thrown error's message is createTutynushyError's for the same details.
import { describe, expect, it } from 'vitest';
import { replayComplaint, safeParseComplaintRecord } from '../../src/complaint/index.js';
import { createTutynushyError } from '../../src/core/create-error.js';
import type { Expectation } from '../../src/core/expectation.js';
import { type AnyTutynushyError, TutynushyError } from '../../src/core/index.js';
import { calendarExpectations } from '../../src/core/messages/en/expectations/calendar.js';
import { commonExpectations } from '../../src/core/messages/en/expectations/common.js';
import { idsExpectations } from '../../src/core/messages/en/expectations/ids.js';
import { moneyExpectations } from '../../src/core/messages/en/expectations/money.js';
import { recordsExpectations } from '../../src/core/messages/en/expectations/records.js';
import { regionsExpectations } from '../../src/core/messages/en/expectations/regions.js';
import { reportExpectations } from '../../src/core/messages/en/expectations/report.js';
import { en } from '../../src/core/messages/en.js';
import { appealJson } from '../complaint/records.js';

const remade = (error: AnyTutynushyError): string =>
  createTutynushyError(error.code, error.details as never).message;

describe('the English wording each error brings', () => {
  it('quotes a nested error with the message it was thrown with', () => {
    // A bad IIN, a bad amount and a bad date inside one appeal: each issue
    // holds the error of its own parser, worded by that parser's module.
    const result = safeParseComplaintRecord(
      appealJson([{ type: 'register', at: '2024-02-31' }], {
        claimed: '0.001',
        business: { id: '940140000380' },
      }),
    );
    if (result.ok) throw new Error('expected the record to be rejected');
    const { error } = result;
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toBe(remade(error));
    expect(error.message).toContain(
      'Invalid date "2024-02-31": day 31 does not exist in 2024-02 (expected 01–29)',
    );
    expect(error.message).toContain('Invalid amount "0.001": not exact to the tiyn');
    expect(error.message).toContain(
      'business.id: Invalid BIN "940140000380": wrong check digit 0 (digit 12): digits 1–11 give 5',
    );
  });

  it('words a replay input issue about money with the money tokens', () => {
    let caught: unknown;
    try {
      replayComplaint(
        appealJson([
          { type: 'register', at: '2024-06-03' },
          { type: 'startReview', at: '2024-06-04' },
          { type: 'satisfy', at: '2024-06-14', refund: '-5' },
        ]) as never,
      );
    } catch (error) {
      caught = error;
    }
    if (!(caught instanceof TutynushyError)) throw new Error('expected a TutynushyError');
    const error = caught as AnyTutynushyError;
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.message).toBe(remade(error));
    expect(error.message).toBe(
      'Invalid complaint record "SH-2024-0001": events[2].refund: expected a Tenge above zero, got "-5" (read it with parseComplaintRecord first)',
    );
  });
});

describe('the expectation tokens by family', () => {
  const FAMILIES: Readonly<Record<string, object>> = {
    common: commonExpectations,
    money: moneyExpectations,
    calendar: calendarExpectations,
    ids: idsExpectations,
    regions: regionsExpectations,
    records: recordsExpectations,
    report: reportExpectations,
  };

  it('word every token once: no token in two families, none left out', () => {
    const seen = new Map<string, string>();
    for (const [family, table] of Object.entries(FAMILIES)) {
      for (const token of Object.keys(table)) {
        expect(seen.get(token), `${token} in ${family}`).toBeUndefined();
        seen.set(token, family);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(en.expectations).sort());
  });

  it('are the whole catalogue, word for word', () => {
    const params = { min: 1, max: 9, allowed: ['a', 'b'], year: 2024 };
    for (const table of Object.values(FAMILIES)) {
      for (const [token, word] of Object.entries(table)) {
        expect((word as (p: typeof params) => string)(params)).toBe(
          en.expectations[token as Expectation](params),
        );
      }
    }
  });
});

describe('new TutynushyError', () => {
  it('keeps the message it is given, and a cause only when one is given', () => {
    const details = { received: 'kz', allowed: ['kk', 'ru', 'en'] } as const;
    const plain = new TutynushyError('INVALID_LOCALE', details, 'Unknown locale "kz"');
    expect(plain.message).toBe('Unknown locale "kz"');
    expect(Object.hasOwn(plain, 'cause')).toBe(false);
    const cause = new Error('upstream');
    const caused = new TutynushyError('INVALID_LOCALE', details, 'x', { cause });
    expect(caused.cause).toBe(cause);
  });

  it('made by createTutynushyError, reads as the library would throw it', () => {
    const error = createTutynushyError('INVALID_LOCALE', {
      received: 'kz',
      allowed: ['kk', 'ru', 'en'],
    });
    expect(error).toBeInstanceOf(TutynushyError);
    expect(error.message).toBe('Unknown locale "kz": expected "kk", "ru" or "en"');
    expect(Object.hasOwn(error, 'cause')).toBe(false);
  });
});

// The message catalogues: every code, problem, expectation, issue code and
// rule has a message in every language (the parity test), and a few whole
// messages per language pin the wording of each catalogue.
import { describe, expect, it } from 'vitest';
import { createTutynushyError } from '../../src/core/create-error.js';
import { ERROR_CODES } from '../../src/core/error-codes.js';
import { formatError, formatRecordIssue } from '../../src/core/format-error.js';
import { LOCALES } from '../../src/core/labels.js';
import { parseLocalDate } from '../../src/core/local-date.js';
import type { MessageCatalogue } from '../../src/core/messages/catalogue.js';
import { en } from '../../src/core/messages/en.js';
import { kk } from '../../src/core/messages/kk.js';
import { ru } from '../../src/core/messages/ru.js';
import { RECORD_ISSUE_CODES } from '../../src/core/record-issue.js';
import { thrown } from '../support/errors.js';

const CATALOGUES: Record<string, MessageCatalogue> = { en, ru, kk };

// Every table of a catalogue whose keys are tokens of the library.
const TABLES = [
  'expectations',
  'amountProblems',
  'taxpayerIdProblems',
  'dateProblems',
  'instantProblems',
  'periodProblems',
  'regionProblems',
  'recordKinds',
  'issues',
  'rules',
  'codes',
] as const;

describe('the message catalogues', () => {
  it('have the same keys in every table in every language', () => {
    for (const table of TABLES) {
      const keys = Object.keys(en[table]).sort();
      expect(keys.length).toBeGreaterThan(0);
      for (const locale of ['ru', 'kk']) {
        expect(
          Object.keys((CATALOGUES[locale] as MessageCatalogue)[table]).sort(),
          `${locale}.${table}`,
        ).toEqual(keys);
      }
    }
  });

  it('have a message for every error code and every record issue code', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(Object.keys(catalogue.codes).sort()).toEqual([...ERROR_CODES].sort());
      expect(Object.keys(catalogue.issues).sort()).toEqual([...RECORD_ISSUE_CODES].sort());
    }
  });

  it('write a non-empty text for every entry, different in Kazakh and Russian from English', () => {
    for (const table of TABLES) {
      if (table === 'codes' || table === 'issues') continue;
      for (const [key, entry] of Object.entries(en[table])) {
        const sample = (catalogue: MessageCatalogue): string => {
          const value = (catalogue[table] as Record<string, unknown>)[key];
          return typeof value === 'function'
            ? (value as (d: unknown) => string)({
                received: '2024-13-01',
                part: 'X',
                other: 'Y',
                min: 1,
                max: 9,
                allowed: ['a', 'b'],
                keys: ['k'],
                facts: { kinds: ['branch'], basis: 'branch', why: 'protocol' },
                // What the period problems read: the shapes expected, the dates.
                expected: ['2024', '2024-Q2'],
                date: '2024-02-30',
                lastDay: 29,
                start: '2024-05-01',
                end: '2024-01-31',
                field: 'year',
                actual: 2023,
              })
            : String(value);
        };
        const text = sample(en);
        expect(text.length, `en.${table}.${key}`).toBeGreaterThan(0);
        expect(typeof entry === 'function' || typeof entry === 'string').toBe(true);
        for (const locale of ['ru', 'kk']) {
          const other = sample(CATALOGUES[locale] as MessageCatalogue);
          expect(other.length, `${locale}.${table}.${key}`).toBeGreaterThan(0);
          // Only tokens that are the same in every language may match English.
          if (!/^[\w\s.,(){}?:'"–-]*$/.test(text) || text.length > 12) {
            expect(other, `${locale}.${table}.${key}`).not.toBe(text);
          }
        }
      }
    }
  });
});

describe('formatError', () => {
  it('gives the same facts in each language, in the same order', () => {
    const error = thrown(() => parseLocalDate('2024-02-30'), 'INVALID_DATE');
    expect(error.details).toEqual({ received: '2024-02-30', problem: 'day', lastDay: 29 });
    expect(formatError(error, 'en')).toBe(error.message);
    expect(error.message).toBe(
      'Invalid date "2024-02-30": day 30 does not exist in 2024-02 (expected 01–29)',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректная дата "2024-02-30": дня 30 нет в месяце 2024-02 (ожидалось 01–29)',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз күн "2024-02-30": 2024-02 айында 30 деген күн жоқ (01–29 күтілді)',
    );
  });

  it('words an argument error and an unknown option in each language', () => {
    const error = createTutynushyError('INVALID_ARGUMENT', {
      fn: 'registrationDate',
      field: 'workDayEnd',
      received: '17:00',
      expected: 'knownKey',
      allowed: ['calendar', 'workdayEnd'],
    });
    expect(error.message).toBe(
      'registrationDate: unknown option "workDayEnd": expected one of calendar, workdayEnd',
    );
    expect(formatError(error, 'ru')).toBe(
      'registrationDate: неизвестный параметр "workDayEnd": допустимы calendar, workdayEnd',
    );
    expect(formatError(error, 'kk')).toBe(
      'registrationDate: белгісіз параметр "workDayEnd": рұқсат етілгендері: calendar, workdayEnd',
    );
  });

  it('words an event out of order in each language', () => {
    const error = createTutynushyError('EVENT_OUT_OF_ORDER', {
      machine: 'complaint',
      recordId: 'A-7',
      index: 2,
      problem: 'beforePrevious',
      at: '2024-05-02',
      before: '2024-05-03',
      beforeIndex: 1,
    });
    expect(error.message).toBe(
      'event #2 of "A-7" is dated "2024-05-02", before the previous event ("2024-05-03"): events must be logged in time order',
    );
    expect(formatError(error, 'ru')).toBe(
      'событие №2 записи "A-7" датировано "2024-05-02", раньше предыдущего события ("2024-05-03"): события записываются в порядке времени',
    );
    expect(formatError(error, 'kk')).toBe(
      '"A-7" жазбасының №2 оқиғасы "2024-05-02" уақытымен белгіленген, бұл алдыңғы оқиғадан ("2024-05-03") ерте: оқиғалар уақыт ретімен жазылуы тиіс',
    );
  });

  it('refuses an unknown locale', () => {
    const error = createTutynushyError('INVALID_LOCALE', { received: 'kz', allowed: LOCALES });
    expect(thrown(() => formatError(error, 'kz' as 'kk'), 'INVALID_LOCALE').details.received).toBe(
      'kz',
    );
  });

  it('keeps the message of a code a newer copy of the library knows and this one does not', () => {
    const foreign = Object.assign(
      createTutynushyError('INVALID_LOCALE', { received: 'x', allowed: LOCALES }),
      {
        code: 'SOMETHING_NEW',
      },
    );
    expect(formatError(foreign as never, 'kk')).toBe(foreign.message);
  });
});

describe('values inside messages', () => {
  it('write invisible and direction-changing characters as escapes, in every language', () => {
    // A record id of a lone surrogate and a right-to-left override: quoted
    // raw, the override would turn the rest of the message around.
    const error = createTutynushyError('INVALID_RECORD', {
      kind: 'complaint',
      recordId: '\uD800\u202E',
      issues: [
        { code: 'rule', rule: 'plainText', path: ['id'], received: 'A\u2066B\u200BC\u2028' },
      ],
    });
    const texts = [error.message, formatError(error, 'ru'), formatError(error, 'kk')];
    for (const text of texts) {
      expect(text).toContain('"\\ud800\\u202e"');
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u2028\uD800]/);
    }
    expect(error.message).toBe(
      'Invalid complaint record "\\ud800\\u202e": id: expected plain text: no control characters, lone surrogates or bidirectional controls',
    );
    const value = createTutynushyError('INVALID_LOCALE', {
      received: 'k\u202Ek',
      allowed: LOCALES,
    });
    expect(value.message).toBe('Unknown locale "k\\u202ek": expected "kk", "ru" or "en"');
  });
});

describe('formatRecordIssue', () => {
  it('words one issue without its path', () => {
    const issue = { code: 'unknownField', path: [], keys: ['colour'], count: 1 } as const;
    expect(formatRecordIssue(issue, 'en')).toBe('unknown field "colour"');
    expect(formatRecordIssue(issue, 'ru')).toBe('неизвестное поле "colour"');
    expect(formatRecordIssue(issue, 'kk')).toBe('белгісіз өріс "colour"');
  });
});

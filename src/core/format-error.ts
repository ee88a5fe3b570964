import type { ErrorCode } from './error-codes.js';
import { invalidArgumentError } from './error-factories.js';
import { assertLocale, type Locale } from './labels.js';
import type { MessageCatalogue } from './messages/catalogue.js';
import { en } from './messages/en.js';
import { kk } from './messages/kk.js';
import { ru } from './messages/ru.js';
import { received } from './received.js';
import type { RecordIssue } from './record-issue.js';

const CATALOGUES: Readonly<Record<Locale, MessageCatalogue>> = { kk, ru, en };

/**
 * The message of an error in the user's language: the same facts as
 * `error.message` (which is English), in the same order, from the
 * library's message catalogues. For the command line and the apps of a
 * Kazakh- or Russian-speaking department.
 *
 * It takes a `TutynushyError` or the same facts as data: the `error` of a
 * report's rejected record words the same way. Details that do not have the
 * shape of their code (a report stored by another program) cannot be
 * worded again: their stored English `message` is given as it is.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for a locale other than `kk`, `ru` or `en`;
 * `INVALID_ARGUMENT` for an `error` with no string `code` and `message`.
 * @example
 * ```ts
 * const result = safeParseIin('900101300018');
 * if (!result.ok) {
 *   formatError(result.error, 'ru'); // 'Некорректный ИИН "900101300018": неверная контрольная цифра 8 (12-я цифра): по цифрам 1–11 она равна 7'
 *   formatError(result.error, 'kk'); // 'Жарамсыз ЖСН "900101300018": бақылау цифры қате: 8 (12-цифр), ал 1–11 цифрлар бойынша 7 болуы тиіс'
 * }
 * ```
 */
export function formatError(
  error: { readonly code: ErrorCode; readonly message: string; readonly details: unknown },
  locale: Locale,
): string {
  const catalogue = CATALOGUES[assertLocale(locale)];
  if (
    typeof error !== 'object' ||
    error === null ||
    typeof error.code !== 'string' ||
    typeof error.message !== 'string'
  ) {
    throw invalidArgumentError({
      fn: 'formatError',
      field: 'error',
      received: received(error),
      expected: 'object',
    });
  }
  const message = Object.hasOwn(catalogue.codes, error.code)
    ? (catalogue.codes[error.code] as (details: unknown) => string)
    : undefined;
  // A code from a newer copy of the library has no message here yet.
  if (message === undefined) return error.message;
  try {
    return message(error.details);
  } catch {
    return error.message;
  }
}

/**
 * One issue of an `INVALID_RECORD` error in the user's language, without
 * its path (`formatRecordPath(issue.path)` writes that).
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unknown locale;
 * `INVALID_ARGUMENT` for an `issue` with no string `code`.
 * @example
 * ```ts
 * const result = safeParseOutreachActivityRecord({ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-05-03', region: '79', colour: 'red' });
 * if (!result.ok && result.error.code === 'INVALID_RECORD') {
 *   formatRecordIssue(result.error.details.issues[0], 'kk'); // 'белгісіз өріс "colour"'
 * }
 * ```
 */
export function formatRecordIssue(issue: RecordIssue, locale: Locale): string {
  const catalogue = CATALOGUES[assertLocale(locale)];
  if (typeof issue !== 'object' || issue === null || typeof issue.code !== 'string') {
    throw invalidArgumentError({
      fn: 'formatRecordIssue',
      field: 'issue',
      received: received(issue),
      expected: 'object',
    });
  }
  const message = Object.hasOwn(catalogue.issues, issue.code)
    ? (catalogue.issues[issue.code] as (issue: RecordIssue) => string)
    : undefined;
  if (message === undefined) return issue.code;
  try {
    return message(issue);
  } catch {
    // An issue of another shape than its code's (a hand-made one): its code is all that is known.
    return issue.code;
  }
}

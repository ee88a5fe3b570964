// Helpers for the IIN/BIN tests.
import type { Result, TutynushyError } from '../../src/core/index.js';
import { taxpayerIdCheckDigit } from '../../src/ids/index.js';

/** Completes 11 digits with their check digit (they must have one). */
export function withCheckDigit(body: string): string {
  const digit = taxpayerIdCheckDigit(body);
  if (digit === null) throw new Error(`${body} has no check digit`);
  return `${body}${digit}`;
}

/** An error of the three id codes: they share one shape of details. */
export type IdError =
  | TutynushyError<'INVALID_IIN'>
  | TutynushyError<'INVALID_BIN'>
  | TutynushyError<'INVALID_TAXPAYER_ID'>;

/** The error a safe parser gives for a value it must refuse: one of the id codes. */
export function refusal<T>(safeParse: (value: unknown) => Result<T>, value: unknown): IdError {
  const result = safeParse(value);
  if (result.ok) throw new Error(`${String(value)} was accepted`);
  const { error } = result;
  if (
    error.code !== 'INVALID_IIN' &&
    error.code !== 'INVALID_BIN' &&
    error.code !== 'INVALID_TAXPAYER_ID'
  ) {
    throw new Error(`${String(value)} was refused with ${error.code}`);
  }
  return error;
}

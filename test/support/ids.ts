// Helpers for the IIN/BIN tests.
import type { Result, TutynushyError } from '../../src/core/index.js';
import { taxpayerIdCheckDigit } from '../../src/ids/index.js';

/** Completes 11 digits with their check digit (they must have one). */
export function withCheckDigit(body: string): string {
  const digit = taxpayerIdCheckDigit(body);
  if (digit === null) throw new Error(`${body} has no check digit`);
  return `${body}${digit}`;
}

/** The error a safe parser gives for a value it must refuse. */
export function refusal<T>(
  safeParse: (value: unknown) => Result<T>,
  value: unknown,
): TutynushyError {
  const result = safeParse(value);
  if (result.ok) throw new Error(`${String(value)} was accepted`);
  return result.error;
}

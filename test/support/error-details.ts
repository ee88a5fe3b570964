// The error a call threw or a result holds, checked to have the expected
// code, with its details typed by that code: tests then read
// `error.details.problem` without casts, and a wrong code fails at once.
import { expect } from 'vitest';
import type { ErrorCode, Result, TutynushyError } from '../../src/core/index.js';
import { checkedMessage, thrown } from './errors.js';

export function thrownWith<C extends ErrorCode>(code: C, fn: () => unknown): TutynushyError<C> {
  const error = thrown(fn);
  expect(error.code).toBe(code);
  return error as TutynushyError<C>;
}

export function failedWith<C extends ErrorCode>(
  code: C,
  result: Result<unknown>,
): TutynushyError<C> {
  if (result.ok) throw new Error(`expected ${code}, but the value was accepted`);
  expect(result.error.code).toBe(code);
  return checkedMessage(result.error) as TutynushyError<C>;
}

// An error from another copy of the library (the CommonJS build beside the
// ESM one, or a second installed copy) is still a TutynushyError. The
// package test does this with the real dist/ builds; here a second copy of
// the module is loaded from source.
import { describe, expect, it, vi } from 'vitest';
import { createTutynushyError } from '../../src/core/create-error.js';
import { isTutynushyError, TutynushyError } from '../../src/core/errors.js';

async function secondCopy(): Promise<typeof import('../../src/core/errors.js')> {
  vi.resetModules();
  return import('../../src/core/errors.js');
}

describe('TutynushyError across copies of the library', () => {
  it('is a second class, and its errors pass instanceof and isTutynushyError here', async () => {
    const other = await secondCopy();
    expect(other.TutynushyError).not.toBe(TutynushyError);
    const error = new other.TutynushyError(
      'INVALID_AMOUNT',
      { received: 'x', problem: 'notPlainDecimal' },
      'Invalid amount "x"',
    );
    expect(error instanceof TutynushyError).toBe(true);
    expect(isTutynushyError(error)).toBe(true);
    expect(isTutynushyError(error, 'INVALID_AMOUNT')).toBe(true);
    expect(isTutynushyError(error, 'INVALID_IIN')).toBe(false);
    // and the other way round
    const ours = new TutynushyError(
      'INVALID_IIN',
      { received: '', problem: 'empty' },
      'Invalid IIN',
    );
    expect(ours instanceof other.TutynushyError).toBe(true);
    expect(other.isTutynushyError(ours, 'INVALID_IIN')).toBe(true);
  });

  it('is not fooled by what is not one', () => {
    for (const value of [
      new Error('x'),
      { name: 'TutynushyError', code: 'INVALID_AMOUNT', message: 'x' },
      { [Symbol.for('tutynushy.error')]: 'yes' },
      Object.create(null),
      null,
      undefined,
      'TutynushyError',
      42,
    ]) {
      expect(value instanceof TutynushyError).toBe(false);
      expect(isTutynushyError(value)).toBe(false);
    }
  });

  it('keeps the ordinary check for a subclass', () => {
    class WorkflowError extends TutynushyError {}
    const details = { field: 'x', received: 1, expected: 'string' } as const;
    const plain = new TutynushyError('INVALID_ARGUMENT', details, 'invalid x');
    const sub = new WorkflowError('INVALID_ARGUMENT', details, 'invalid x');
    expect(sub instanceof TutynushyError).toBe(true);
    expect(sub instanceof WorkflowError).toBe(true);
    expect(plain instanceof WorkflowError).toBe(false);
    expect(sub instanceof Error).toBe(true);
  });

  it('the brand is not an own, enumerable or serialised property', () => {
    const error = createTutynushyError('INVALID_DATE', {
      received: '2024-02-31',
      problem: 'day',
      lastDay: 29,
    });
    expect(Object.keys(error)).not.toContain(Symbol.for('tutynushy.error'));
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'TutynushyError',
      code: 'INVALID_DATE',
      message: 'Invalid date "2024-02-31": day 31 does not exist in 2024-02 (expected 01–29)',
      details: { received: '2024-02-31', problem: 'day', lastDay: 29 },
    });
  });
});
